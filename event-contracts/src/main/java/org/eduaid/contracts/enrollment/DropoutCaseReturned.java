package org.eduaid.contracts.enrollment;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/** The child is back at school (劝返复学), proved by an active enrolment at {@code schoolCode}. */
@EventType(name = "eduaid.enrollment.DropoutCaseReturned", version = 1)
public record DropoutCaseReturned(String caseId, String childId, String countyCode, String schoolCode,
        String returnedOn, Instant recordedAt) {
}
