package org.eduaid.subsidy.disbursement.application;

import java.time.Instant;

/**
 * Where one payment stands.
 *
 * @param state APPROVED, RELEASED, DISBURSED, FAILED, RETURNED, STOPPED, RECOVERED, or HELD when a
 *        sealed batch left the student out
 * @param reason why it failed, was returned, stopped or held (e.g. NOT_ENROLLED), else {@code null}
 * @param since when it reached this state
 */
public record PaymentStatus(String paymentId, String state, String reason, Instant since) {
}
