package org.eduaid.contracts.subsidy;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * A failed or returned payment was put into a batch again, for the same amount.
 */
@EventType(name = "eduaid.subsidy.AidPaymentResubmitted", version = 1)
public record AidPaymentResubmitted(String paymentId, String studentId, String countyCode, String batchId,
        Instant recordedAt) {
}
