package org.eduaid.contracts.enrollment;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/** The persuasion deadline passed with the child neither back nor placed; the city now follows the case. */
@EventType(name = "eduaid.enrollment.DropoutCaseEscalated", version = 1)
public record DropoutCaseEscalated(String caseId, String childId, String countyCode, String cityCode,
        String deadline, Instant escalatedAt) {
}
