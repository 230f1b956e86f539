package org.eduaid.contracts.enrollment;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * The case was closed (销号).
 *
 * @param outcome RETURNED, PLACED, DEFERRED, EXEMPTED or NOT_GENUINE
 * @param reason the officer's words
 */
@EventType(name = "eduaid.enrollment.DropoutCaseClosed", version = 1)
public record DropoutCaseClosed(String caseId, String childId, String countyCode, String outcome, String reason,
        Instant closedAt) {
}
