package org.eduaid.contracts.enrollment;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/** A suspended student came back; the enrolment is active again. */
@EventType(name = "eduaid.enrollment.StudentResumed", version = 1)
public record StudentResumed(String studentId, String schoolCode, String countyCode, String resumedOn,
        Instant recordedAt) {
}
