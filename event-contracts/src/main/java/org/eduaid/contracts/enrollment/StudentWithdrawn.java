package org.eduaid.contracts.enrollment;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * A student left school without finishing (退学/辍学); the student has no active enrolment now.
 * Aid stops from here on.
 *
 * @param reason DROPPED_OUT, MOVED_AWAY, ABROAD, DECEASED, HEALTH or OTHER
 */
@EventType(name = "eduaid.enrollment.StudentWithdrawn", version = 1)
public record StudentWithdrawn(String studentId, String schoolCode, String countyCode, String reason,
        String withdrawnOn, Instant recordedAt) {
}
