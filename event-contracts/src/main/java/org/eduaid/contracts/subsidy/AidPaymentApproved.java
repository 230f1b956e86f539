package org.eduaid.contracts.subsidy;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * A sealed batch approved a payment: the amount is fixed and the money is committed against the budget.
 */
@EventType(name = "eduaid.subsidy.AidPaymentApproved", version = 1)
public record AidPaymentApproved(AidPaymentFacts payment, String batchId, Instant approvedAt) {
}
