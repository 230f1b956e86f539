package org.eduaid.teacher.teacher.application;

import java.time.LocalDate;
import java.util.List;

/**
 * A registration as received: untrusted until {@link TeacherRegistration} has checked it.
 *
 * @param backbone a backbone teacher (骨干教师); absent means no
 * @param history the career so far, oldest first; the last posting is the current one and has no end
 */
public record RegisterTeacher(String idNumber, String name, List<String> subjects, String title, String postType,
        LocalDate postStartsOn, LocalDate postEndsOn, Boolean backbone, Boolean principal, List<PastPostingRequest> history) {

    public record PastPostingRequest(String schoolCode, LocalDate from, LocalDate to) {
    }
}
