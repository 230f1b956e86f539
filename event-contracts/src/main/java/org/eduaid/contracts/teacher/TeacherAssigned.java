package org.eduaid.contracts.teacher;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * A teacher's school changed: the previous posting ended the day before {@code posting.from}.
 *
 * @param previousSchoolCode the school the teacher left, null if there was none
 */
@EventType(name = "eduaid.teacher.TeacherAssigned", version = 1)
public record TeacherAssigned(String teacherId, TeacherPosting posting, String previousSchoolCode,
        Instant recordedAt) {
}
