package org.eduaid.contracts.subsidy;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * A sealed batch was sent to the bank.
 *
 * @param stopped payments stopped at release because the student had left school
 */
@EventType(name = "eduaid.subsidy.DisbursementBatchReleased", version = 1)
public record DisbursementBatchReleased(String batchId, String countyCode, String programmeCode, String term,
        int payments, int stopped, long totalFen, Instant releasedAt) {
}
