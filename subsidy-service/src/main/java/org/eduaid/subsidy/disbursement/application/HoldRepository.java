package org.eduaid.subsidy.disbursement.application;

import java.util.Collection;
import java.util.List;

import org.eduaid.subsidy.disbursement.domain.HoldReason;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Approved students a sealed batch did not pay, in {@code aid_holds} (id = the payment id they
 * would have had), and payments waiting on the retry list, in {@code aid_retries}. Neither is an
 * aggregate: both are rewritten whole and idempotently, and readers check them against the payment.
 */
public interface HoldRepository {

    Mono<Void> hold(List<Hold> holds);

    Flux<Hold> holds(Collection<String> paymentIds);

    Mono<Void> markForRetry(List<RetryMark> marks);

    Mono<Void> clearRetry(String paymentId);

    /** The retry marks of a county (the list is short: failed and returned payments only). */
    Flux<RetryMark> retries(String countyCode);

    record Hold(String paymentId, String studentId, String batchId, String countyCode, HoldReason reason,
            java.time.Instant heldAt) {
    }

    record RetryMark(String paymentId, String countyCode, java.time.Instant markedAt) {
    }
}
