package org.eduaid.teacher.allowance.application;

import java.util.Collection;
import java.util.List;

import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.AggregateStore.UpdateOutcome;
import org.eduaid.teacher.allowance.domain.AllowancePayment;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code allowance_payments}: one document per teacher and month, each with its events. */
public interface PaymentRepository {

    /** Stores approved payments in one bulk write; answers the ids that existed already (paid before). */
    Mono<List<String>> approveAll(List<ResultWithEvents<AllowancePayment>> approved, TraceContext trace);

    Flux<VersionedPayment> find(Collection<String> paymentIds);

    Mono<UpdateOutcome> updateAll(List<Change> changes, TraceContext trace);

    /** A county's payments of a month (its payroll), in id order. */
    Flux<VersionedPayment> ofPayroll(String countyCode, String month);

    /** A county's failed payments, waiting to be resubmitted. */
    Flux<VersionedPayment> failedIn(String countyCode);

    record VersionedPayment(AllowancePayment payment, long version) {
    }

    record Change(ResultWithEvents<AllowancePayment> changed, long expectedVersion) {
    }
}
