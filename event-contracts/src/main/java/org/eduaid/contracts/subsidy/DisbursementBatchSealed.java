package org.eduaid.contracts.subsidy;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * A county's batch for one programme and term was sealed: its payments are approved and its total is
 * committed against the budget.
 *
 * @param held approved students not paid by this batch (not enrolled, no longer eligible)
 */
@EventType(name = "eduaid.subsidy.DisbursementBatchSealed", version = 1)
public record DisbursementBatchSealed(String batchId, String countyCode, String programmeCode, String term,
        int payments, int held, long totalFen, Instant sealedAt) {
}
