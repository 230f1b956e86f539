package org.eduaid.contracts.subsidy;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * An application that was not yet approved ended without a decision, because the student is no longer
 * eligible.
 *
 * @param reason NO_LONGER_ELIGIBLE or LEFT_SCHOOL
 */
@EventType(name = "eduaid.subsidy.AidApplicationWithdrawn", version = 1)
public record AidApplicationWithdrawn(String applicationId, String studentId, String programmeCode, String schoolYear,
        String countyCode, String reason, Instant withdrawnAt) {
}
