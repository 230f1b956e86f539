package org.eduaid.contracts.subsidy;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * The bank confirmed a payment reached the student's or guardian's account.
 *
 * @param disbursedOn the bank's value date (ISO)
 */
@EventType(name = "eduaid.subsidy.AidPaymentDisbursed", version = 1)
public record AidPaymentDisbursed(AidPaymentFacts payment, String batchId, String disbursedOn, Instant recordedAt) {
}
