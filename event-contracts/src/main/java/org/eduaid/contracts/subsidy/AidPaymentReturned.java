package org.eduaid.contracts.subsidy;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * Money already paid came back from the bank (for example an account closed after payment); it goes back on
 * the retry list.
 */
@EventType(name = "eduaid.subsidy.AidPaymentReturned", version = 1)
public record AidPaymentReturned(String paymentId, String studentId, String countyCode, long amountFen, String reason,
        Instant recordedAt) {
}
