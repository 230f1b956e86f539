package org.eduaid.teacher.teacher.persistence;

import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.eduaid.teacher.teacher.domain.DepartureReason;
import org.eduaid.teacher.teacher.domain.PostType;
import org.eduaid.teacher.teacher.domain.Posting;
import org.eduaid.teacher.teacher.domain.PostingReason;
import org.eduaid.teacher.teacher.domain.ServiceRecord;
import org.eduaid.teacher.teacher.domain.Teacher;

/**
 * A teacher as a document. Besides the postings it keeps the current school and county and every
 * county served in, so lists filter in the store instead of in this service.
 */
final class TeacherDocuments {

    static final String ENCRYPTED_NAME = "name";
    static final String ENCRYPTED_ID_NUMBER = "idNumber";

    private TeacherDocuments() {
    }

    static Document toDocument(Teacher teacher) {
        Posting last = teacher.service().postings().get(teacher.service().postings().size() - 1);
        return new Document("maskedName", teacher.maskedName())
                .append("maskedIdNumber", teacher.maskedIdNumber())
                .append("subjects", teacher.subjects())
                .append("title", teacher.title())
                .append("postType", teacher.postType().name())
                .append("postStartsOn", text(teacher.postStartsOn()))
                .append("postEndsOn", text(teacher.postEndsOn()))
                .append("backbone", teacher.backbone())
                .append("principal", teacher.principal())
                .append("postings", teacher.service().postings().stream().map(TeacherDocuments::posting).toList())
                .append("schoolCode", last.schoolCode())
                .append("countyCode", last.countyCode())
                .append("countyCodes", teacher.service().postings().stream().map(Posting::countyCode).distinct().toList())
                .append("departedOn", text(teacher.departedOn()))
                .append("departureReason", teacher.departureReason() == null ? null : teacher.departureReason().name())
                .append("convertedFrom", teacher.convertedFrom() == null ? null : teacher.convertedFrom().name())
                .append("convertedOn", text(teacher.convertedOn()));
    }

    static Teacher fromDocument(Document document) {
        List<Posting> postings = document.getList("postings", Document.class).stream()
                .map(TeacherDocuments::posting).toList();
        String reason = document.getString("departureReason");
        return new Teacher(document.getString("_id"), document.getString("maskedName"),
                document.getString("maskedIdNumber"), document.getList("subjects", String.class),
                document.getString("title"), PostType.valueOf(document.getString("postType")),
                date(document.getString("postStartsOn")), date(document.getString("postEndsOn")),
                document.getBoolean("backbone", false), document.getBoolean("principal", false),
                new ServiceRecord(postings), date(document.getString("departedOn")),
                reason == null ? null : DepartureReason.valueOf(reason),
                document.getString("convertedFrom") == null ? null : PostType.valueOf(document.getString("convertedFrom")),
                date(document.getString("convertedOn")));
    }

    private static Document posting(Posting posting) {
        return new Document("schoolCode", posting.schoolCode())
                .append("countyCode", posting.countyCode())
                .append("rural", posting.rural())
                .append("from", posting.from().toString())
                .append("to", text(posting.to()))
                .append("reason", posting.reason().name())
                .append("exchangeId", posting.exchangeId());
    }

    private static Posting posting(Document document) {
        return new Posting(document.getString("schoolCode"), document.getString("countyCode"),
                document.getBoolean("rural", false), date(document.getString("from")), date(document.getString("to")),
                PostingReason.valueOf(document.getString("reason")), document.getString("exchangeId"));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
