package org.eduaid.contracts.subsidy;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * A payment approved but not yet sent was stopped, because the student left school or is no longer eligible;
 * the money is released.
 *
 * @param reason NOT_ENROLLED or NO_LONGER_ELIGIBLE
 */
@EventType(name = "eduaid.subsidy.AidPaymentStopped", version = 1)
public record AidPaymentStopped(String paymentId, String studentId, String countyCode, long amountFen, String reason,
        Instant recordedAt) {
}
