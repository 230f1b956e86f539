package org.eduaid.contracts.subsidy;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * The county reviewed an application: accepted for the public notice, or rejected.
 *
 * @param note the reviewer's reason, free text without personal data
 */
@EventType(name = "eduaid.subsidy.AidApplicationReviewed", version = 1)
public record AidApplicationReviewed(String applicationId, String studentId, String programmeCode, String schoolYear,
        String countyCode, boolean accepted, String note, Instant reviewedAt) {
}
