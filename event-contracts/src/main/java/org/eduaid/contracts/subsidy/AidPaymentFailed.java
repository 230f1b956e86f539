package org.eduaid.contracts.subsidy;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * The bank could not make a payment (for example a closed account); it goes back on the retry list.
 *
 * @param reason the bank's reason code, no account numbers
 */
@EventType(name = "eduaid.subsidy.AidPaymentFailed", version = 1)
public record AidPaymentFailed(String paymentId, String studentId, String countyCode, long amountFen, String reason,
        Instant recordedAt) {
}
