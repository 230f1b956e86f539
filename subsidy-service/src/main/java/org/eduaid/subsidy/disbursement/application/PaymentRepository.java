package org.eduaid.subsidy.disbursement.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.subsidy.disbursement.domain.Payment;
import org.eduaid.subsidy.disbursement.domain.SealPlan;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Payments in {@code aid_payments}, one document per student, programme and term: the {@code _id}
 * is the payment id, so a second payment for the same student, programme and term cannot be stored,
 * whichever county or batch tries.
 */
public interface PaymentRepository {

    /** Which of {@code paymentIds} exist, with the batch that wrote each and its amount. */
    Mono<Map<String, SealPlan.ExistingPayment>> existing(Collection<String> paymentIds);

    /** New payments in one bulk write; returns the ids that existed already (and were not written). */
    Mono<List<String>> insertAll(List<ResultWithEvents<Payment>> approved, TraceContext trace);

    Mono<VersionedPayment> find(String paymentId);

    /** The payments among {@code paymentIds} that exist, in no particular order. */
    Flux<VersionedPayment> findAll(Collection<String> paymentIds);

    /** Stores the change if the payment is still at {@code expectedVersion}; else a stale-aggregate error. */
    Mono<Long> update(ResultWithEvents<Payment> changed, long expectedVersion, TraceContext trace);

    /**
     * Many changes in one bulk write, each stored only if its payment is still at the version it was
     * read at; at most one change per payment.
     *
     * @return the ids of the payments that changed meanwhile (or are gone): nothing of theirs was stored
     */
    Mono<List<String>> updateAll(List<VersionedChange> changes, TraceContext trace);

    /** State, reason and since of the payments among {@code paymentIds} (for the gap list). */
    Flux<PaymentStatusRow> statuses(Collection<String> paymentIds);

    /** A change to a payment read at {@code expectedVersion}. */
    record VersionedChange(ResultWithEvents<Payment> changed, long expectedVersion) {
    }

    record PaymentStatusRow(String paymentId, String state, String reason, java.time.Instant since) {
    }
}
