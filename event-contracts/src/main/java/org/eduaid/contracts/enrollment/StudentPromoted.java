package org.eduaid.contracts.enrollment;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/** A student moved up a grade, or on to the next stage, at the same school. */
@EventType(name = "eduaid.enrollment.StudentPromoted", version = 1)
public record StudentPromoted(String studentId, String schoolCode, String countyCode, String stage, int grade,
        String promotedOn, Instant recordedAt) {
}
