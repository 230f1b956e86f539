package org.eduaid.contracts.subsidy;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * Money paid was recovered (追回): a new, negative ledger entry; the original payment stays.
 *
 * @param recoveredFen the amount taken back, positive
 */
@EventType(name = "eduaid.subsidy.AidPaymentRecovered", version = 1)
public record AidPaymentRecovered(AidPaymentFacts payment, long recoveredFen, String reason, Instant recordedAt) {
}
