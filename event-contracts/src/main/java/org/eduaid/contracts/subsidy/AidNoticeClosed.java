package org.eduaid.contracts.subsidy;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * A notice ended and was taken down; its applications without an upheld objection are approved.
 */
@EventType(name = "eduaid.subsidy.AidNoticeClosed", version = 1)
public record AidNoticeClosed(String noticeId, String countyCode, String programmeCode, String schoolYear,
        int approved, int rejected, Instant closedAt) {
}
