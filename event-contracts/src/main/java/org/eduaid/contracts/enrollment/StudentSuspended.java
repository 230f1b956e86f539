package org.eduaid.contracts.enrollment;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * A student's enrolment was suspended (休学); the place is kept until the student resumes.
 *
 * @param reason ILLNESS, FAMILY or OTHER
 */
@EventType(name = "eduaid.enrollment.StudentSuspended", version = 1)
public record StudentSuspended(String studentId, String schoolCode, String countyCode, String reason,
        String suspendedOn, Instant recordedAt) {
}
