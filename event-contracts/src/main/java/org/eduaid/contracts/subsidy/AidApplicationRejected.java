package org.eduaid.contracts.subsidy;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * An application was turned down after its notice because an objection was upheld.
 *
 * @param noticeId the notice whose objection was upheld
 */
@EventType(name = "eduaid.subsidy.AidApplicationRejected", version = 1)
public record AidApplicationRejected(String applicationId, String studentId, String programmeCode, String schoolYear,
        String countyCode, String noticeId, Instant rejectedAt) {
}
