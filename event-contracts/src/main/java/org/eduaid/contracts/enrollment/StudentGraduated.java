package org.eduaid.contracts.enrollment;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/** A student completed a stage and left the school; the student has no active enrolment now. */
@EventType(name = "eduaid.enrollment.StudentGraduated", version = 1)
public record StudentGraduated(String studentId, String schoolCode, String countyCode, String stage,
        String graduatedOn, Instant recordedAt) {
}
