package org.eduaid.subsidy.notice.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.eduaid.subsidy.calendar.SchoolYear;
import org.eduaid.subsidy.notice.domain.AidNotice;
import org.eduaid.subsidy.notice.domain.NoticeState;
import org.eduaid.subsidy.notice.domain.Objection;

/** A notice as a document of {@code aid_notices}; its objections inside it (few), its applications not. */
final class NoticeDocuments {

    static final String STATE = "state";

    private NoticeDocuments() {
    }

    static Document toDocument(AidNotice n) {
        return new Document("countyCode", n.countyCode())
                .append("programmeCode", n.programmeCode())
                .append("schoolYear", n.schoolYear().id())
                .append(STATE, n.state().name())
                .append("publishedOn", n.publishedOn().toString())
                .append("endsOn", n.endsOn().toString())
                .append("workingDays", n.workingDays())
                .append("applications", n.applications())
                .append("objections", n.objections().stream().map(NoticeDocuments::toDocument).toList())
                .append("publishedAt", date(n.publishedAt()))
                .append("publishedBy", n.publishedBy())
                .append("closedAt", date(n.closedAt()))
                .append("approved", n.approved())
                .append("rejected", n.rejected());
    }

    static AidNotice fromDocument(Document d) {
        List<Objection> objections = d.getList("objections", Document.class, List.of()).stream()
                .map(NoticeDocuments::objectionOf).toList();
        return new AidNotice(d.getString("_id"), d.getString("countyCode"), d.getString("programmeCode"),
                SchoolYear.parse(d.getString("schoolYear")), NoticeState.valueOf(d.getString(STATE)),
                LocalDate.parse(d.getString("publishedOn")), LocalDate.parse(d.getString("endsOn")),
                d.getInteger("workingDays", 0), d.getInteger("applications", 0), objections,
                instant(d, "publishedAt"), d.getString("publishedBy"), instant(d, "closedAt"),
                d.getInteger("approved", 0), d.getInteger("rejected", 0));
    }

    private static Document toDocument(Objection o) {
        return new Document("objectionId", o.objectionId())
                .append("applicationId", o.applicationId())
                .append("text", o.text())
                .append("recordedAt", date(o.recordedAt()))
                .append("recordedBy", o.recordedBy())
                .append("upheld", o.upheld())
                .append("resolutionNote", o.resolutionNote())
                .append("resolvedAt", date(o.resolvedAt()))
                .append("resolvedBy", o.resolvedBy());
    }

    private static Objection objectionOf(Document d) {
        return new Objection(d.getString("objectionId"), d.getString("applicationId"), d.getString("text"),
                instant(d, "recordedAt"), d.getString("recordedBy"), d.getBoolean("upheld"),
                d.getString("resolutionNote"), instant(d, "resolvedAt"), d.getString("resolvedBy"));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
