package org.eduaid.subsidy.review.persistence;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.eduaid.subsidy.calendar.SchoolYear;
import org.eduaid.subsidy.review.domain.AidApplication;
import org.eduaid.subsidy.review.domain.ApplicationState;
import org.eduaid.subsidy.review.domain.Origin;

/** An application as a document of {@code aid_applications}: flat fields, instants as dates. */
final class ApplicationDocuments {

    static final String STUDENT = "studentId";
    static final String PROGRAMME = "programmeCode";
    static final String SCHOOL_YEAR = "schoolYear";
    static final String COUNTY = "countyCode";
    static final String SCHOOL = "schoolCode";
    static final String STATE = "state";
    static final String NOTICE = "noticeId";

    private ApplicationDocuments() {
    }

    static Document toDocument(AidApplication a) {
        return new Document(STUDENT, a.studentId())
                .append(PROGRAMME, a.programmeCode())
                .append(SCHOOL_YEAR, a.schoolYear().id())
                .append(COUNTY, a.countyCode())
                .append(SCHOOL, a.schoolCode())
                .append("origin", a.origin().name())
                .append("ruleCode", a.ruleCode())
                .append("reason", a.reason())
                .append(STATE, a.state().name())
                .append("eligibleSince", date(a.eligibleSince()))
                .append("submittedAt", date(a.submittedAt()))
                .append("reviewedAt", date(a.reviewedAt()))
                .append("reviewedBy", a.reviewedBy())
                .append("reviewNote", a.reviewNote())
                .append(NOTICE, a.noticeId())
                .append("decidedAt", date(a.decidedAt()))
                .append("withdrawalReason", a.withdrawalReason());
    }

    static AidApplication fromDocument(Document d) {
        return new AidApplication(d.getString("_id"), d.getString(STUDENT), d.getString(PROGRAMME),
                SchoolYear.parse(d.getString(SCHOOL_YEAR)), d.getString(COUNTY), d.getString(SCHOOL),
                Origin.valueOf(d.getString("origin")), d.getString("ruleCode"), d.getString("reason"),
                ApplicationState.valueOf(d.getString(STATE)), instant(d, "eligibleSince"), instant(d, "submittedAt"),
                instant(d, "reviewedAt"), d.getString("reviewedBy"), d.getString("reviewNote"), d.getString(NOTICE),
                instant(d, "decidedAt"), d.getString("withdrawalReason"));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
