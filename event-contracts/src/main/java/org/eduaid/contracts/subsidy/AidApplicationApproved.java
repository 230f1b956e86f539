package org.eduaid.contracts.subsidy;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * An application passed its public notice without an upheld objection: the student is on the approved list.
 *
 * @param noticeId the notice it was shown on
 */
@EventType(name = "eduaid.subsidy.AidApplicationApproved", version = 1)
public record AidApplicationApproved(String applicationId, String studentId, String programmeCode, String schoolYear,
        String countyCode, String noticeId, Instant approvedAt) {
}
