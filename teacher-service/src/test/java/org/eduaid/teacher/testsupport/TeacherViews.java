package org.eduaid.teacher.testsupport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eduaid.teacher.teacher.application.TeacherView;
import org.eduaid.teacher.teacher.domain.PostType;
import org.eduaid.teacher.teacher.domain.Posting;
import org.eduaid.teacher.teacher.domain.PostingReason;
import org.eduaid.teacher.teacher.domain.ServiceRecord;

/** Builds staged teachers: a fresh id, a subject, and a career posting by posting. */
public final class TeacherViews {

    private final List<Posting> postings = new ArrayList<>();
    private String subject = "MATHEMATICS";
    private boolean backbone;
    private boolean principal;

    private TeacherViews() {
    }

    public static TeacherViews teacher() {
        return new TeacherViews();
    }

    public TeacherViews postedAt(String schoolCode, String countyCode, boolean rural, String from, String to) {
        postings.add(new Posting(schoolCode, countyCode, rural, LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                postings.isEmpty() ? PostingReason.POSTED : PostingReason.TRANSFERRED, null));
        return this;
    }

    public TeacherViews teaching(String subject) {
        this.subject = subject;
        return this;
    }

    public TeacherViews backbone() {
        this.backbone = true;
        return this;
    }

    public TeacherViews principal() {
        this.principal = true;
        return this;
    }

    public TeacherView build() {
        return new TeacherView("t-" + UUID.randomUUID().toString().replace("-", "").substring(0, 26), "张*",
                "150424********123X", List.of(subject), "一级教师", PostType.REGULAR, postings.get(0).from(), null,
                backbone, principal, new ServiceRecord(postings), null, 1);
    }
}
