package org.eduaid.subsidy.disbursement.application;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eduaid.contracts.identity.Role;
import org.eduaid.kit.audit.Audit;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.events.TraceContexts;
import org.eduaid.kit.outbox.StaleAggregateException;
import org.eduaid.kit.security.Access;
import org.eduaid.kit.security.Caller;
import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.subsidy.calendar.Term;
import org.eduaid.subsidy.disbursement.domain.BatchKind;
import org.eduaid.subsidy.disbursement.domain.DisbursementBatch;
import org.eduaid.subsidy.disbursement.domain.Payment;
import org.eduaid.subsidy.disbursement.domain.PaymentState;
import org.eduaid.subsidy.disbursement.domain.PaymentTransitionException;
import org.eduaid.subsidy.disbursement.domain.Stamp;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Single payments after their batch: returned money, the retry list, resubmission into the county's
 * open retry batch, recovery (追回), and the ledger.
 */
@Service
public class Payments {

    private static final Role[] READ = { Role.SCHOOL_CLERK, Role.COUNTY_OFFICER, Role.CITY_OFFICER,
            Role.PROVINCE_OFFICER, Role.AUDITOR, Role.PLATFORM_ADMIN };
    private static final Retry ON_STALE = Retry.backoff(10, Duration.ofMillis(5))
            .filter(StaleAggregateException.class::isInstance)
            .onRetryExhaustedThrow((spec, signal) -> signal.failure());

    private final PaymentRepository payments;
    private final BatchRepository batches;
    private final HoldRepository holds;
    private final Disbursements disbursements;
    private final TraceContexts traces;
    private final Clock clock;

    public Payments(PaymentRepository payments, BatchRepository batches, HoldRepository holds,
            Disbursements disbursements, TraceContexts traces, Clock clock) {
        this.payments = payments;
        this.batches = batches;
        this.holds = holds;
        this.disbursements = disbursements;
        this.traces = traces;
        this.clock = clock;
    }

    public Mono<VersionedPayment> find(String paymentId) {
        return Access.permit("read payments", READ).then(visible(paymentId))
                .flatMap(found -> Audit.disclosed("payment:" + paymentId).thenReturn(found));
    }

    /** Money paid came back from the bank: the payment goes on the retry list. */
    public Mono<VersionedPayment> returned(String paymentId, String reason) {
        return act(paymentId, "payment.return", (caller, found, trace) -> {
            Payment payment = found.payment();
            if (payment.state() == PaymentState.RETURNED) {
                return Mono.just(found);
            }
            ResultWithEvents<Payment> back = payment.returned(reason, stamp(caller));
            return holds.markForRetry(List.of(new HoldRepository.RetryMark(paymentId, payment.facts().countyCode(),
                            clock.instant())))
                    .then(payments.update(back, found.version(), trace))
                    .flatMap(version -> recount(payment.batchId()).thenReturn(new VersionedPayment(back.aggregate(), version)));
        });
    }

    /** The county's failed and returned payments, oldest first. */
    public Mono<List<Payment>> retries(String countyCode) {
        return Access.permit("read the retry list", Disbursements.READ).flatMap(caller -> {
            if (countyCode == null || !countyCode.matches("\\d{6}")) {
                return Mono.error(InvalidRequestException.of("countyCode", "must be a 6-digit county code"));
            }
            return Access.withinScope(caller.canSeeRegion(countyCode), caller, "county " + countyCode)
                    .then(holds.retries(countyCode).map(HoldRepository.RetryMark::paymentId).collectList())
                    .flatMap(ids -> payments.findAll(ids).map(VersionedPayment::payment)
                            .filter(p -> p.state().awaitsRetry())
                            .sort(Comparator.comparing((Payment p) -> p.lastEntry().at()).thenComparing(Payment::id))
                            .collectList())
                    .flatMap(list -> Audit.disclosed("retries:" + countyCode).thenReturn(list));
        });
    }

    /** Puts a failed or returned payment into the county's open retry batch (made if there is none). */
    public Mono<VersionedPayment> resubmit(String paymentId) {
        return act(paymentId, "payment.resubmit", (caller, found, trace) -> {
            Payment payment = found.payment();
            if (payment.state() == PaymentState.RESUBMITTED) {
                return Mono.just(found);
            }
            if (!payment.state().awaitsRetry()) {
                return Mono.error(new PaymentTransitionException("resubmitted", payment.state()));
            }
            String regularId = DisbursementBatch.idOf(payment.facts().countyCode(), payment.facts().programmeCode(),
                    payment.facts().term());
            return addToRetryBatch(regularId, paymentId, trace)
                    .flatMap(retry -> {
                        ResultWithEvents<Payment> again = payment.resubmit(retry.batch().id(), stamp(caller));
                        return payments.update(again, found.version(), trace)
                                .map(version -> new VersionedPayment(again.aggregate(), version));
                    })
                    .flatMap(done -> holds.clearRetry(paymentId).thenReturn(done));
        });
    }

    /** Takes back money paid (追回): a new negative ledger entry; the original stays. */
    public Mono<VersionedPayment> recover(String paymentId, long amountFen, String reason) {
        return act(paymentId, "payment.recover", (caller, found, trace) -> {
            ResultWithEvents<Payment> recovered = found.payment().recover(amountFen, reason, stamp(caller));
            return payments.update(recovered, found.version(), trace)
                    .flatMap(version -> recount(found.payment().batchId())
                            .thenReturn(new VersionedPayment(recovered.aggregate(), version)));
        });
    }

    /** A county's payments for a programme and term, with their entries, in the order the batch wrote them. */
    public Mono<LedgerPage> ledger(String countyCode, String programmeCode, String termText, int page, int size) {
        return Access.permit("read the payment ledger", Disbursements.READ).flatMap(caller -> {
            if (countyCode == null || !countyCode.matches("\\d{6}")) {
                return Mono.error(InvalidRequestException.of("countyCode", "must be a 6-digit county code"));
            }
            if (programmeCode == null || !programmeCode.matches("[A-Z0-9_-]{2,40}")) {
                return Mono.error(InvalidRequestException.of("programmeCode", "is not a programme code"));
            }
            Term term;
            try {
                term = Term.parse(termText);
            } catch (IllegalArgumentException e) {
                return Mono.error(InvalidRequestException.of("term", e.getMessage()));
            }
            String batchId = DisbursementBatch.idOf(countyCode, programmeCode, term.id());
            return Access.withinScope(caller.canSeeRegion(countyCode), caller, "county " + countyCode)
                    .then(batches.find(batchId))
                    .flatMap(found -> pageOf(found.batch(), page, size))
                    .defaultIfEmpty(new LedgerPage(batchId, List.of(), page, size, 0))
                    .flatMap(ledger -> Audit.disclosed("ledger:" + batchId).thenReturn(ledger));
        });
    }

    private Mono<LedgerPage> pageOf(DisbursementBatch batch, int page, int size) {
        long from = (long) page * size;
        List<String> wanted = new ArrayList<>();
        long[] seen = { 0 };
        return disbursements.idsOf(batch)
                .doOnNext(ids -> {
                    for (String id : ids) {
                        if (seen[0] >= from && wanted.size() < size) {
                            wanted.add(id);
                        }
                        seen[0]++;
                    }
                })
                .then(Mono.defer(() -> payments.findAll(wanted).collectMap(p -> p.payment().id(), Function.identity())))
                .map(byId -> new LedgerPage(batch.id(), wanted.stream().map(byId::get).filter(p -> p != null)
                        .map(VersionedPayment::payment).toList(), page, size,
                        batch.kind() == BatchKind.REGULAR ? batch.figures().payments() : seen[0]));
    }

    private Mono<VersionedBatch> addToRetryBatch(String regularId, String paymentId, TraceContext trace) {
        return Mono.defer(() -> openRetryBatch(regularId, trace).flatMap(open -> {
            DisbursementBatch with = open.batch().withRetryPayment(paymentId);
            if (with.equals(open.batch())) {
                return Mono.just(open);
            }
            return batches.update(ResultWithEvents.of(with), open.version(), trace)
                    .map(version -> new VersionedBatch(with, version));
        })).retryWhen(ON_STALE);
    }

    /** The regular batch's newest retry batch while it is a draft; else the next one, made now. */
    private Mono<VersionedBatch> openRetryBatch(String regularId, TraceContext trace) {
        return batches.find(regularId)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("a payment's regular batch is missing")))
                .flatMap(regular -> {
                    int round = regular.batch().retryRound();
                    Mono<VersionedBatch> current = round == 0 ? Mono.empty()
                            : batches.addOrGet(regular.batch().retryBatch(round, clock.instant()), trace);
                    return current.filter(found -> found.batch().openForRetries())
                            .switchIfEmpty(Mono.defer(() -> batches.update(
                                    ResultWithEvents.of(regular.batch().withRetryRound(round + 1)), regular.version(), trace)
                                    .then(batches.addOrGet(regular.batch().retryBatch(round + 1, clock.instant()), trace))));
                });
    }

    private Mono<Long> recount(String batchId) {
        return batches.find(batchId).flatMap(batch -> disbursements.recountDisbursed(batch.batch()));
    }

    private Mono<VersionedPayment> visible(String paymentId) {
        return Access.ifVisible(payments.find(paymentId), (caller, found) -> caller.canSeeSchool(
                found.payment().facts().schoolCode(), found.payment().facts().countyCode()), "payment " + paymentId);
    }

    private Stamp stamp(Caller caller) {
        return new Stamp(caller.subject(), clock.instant());
    }

    private Mono<VersionedPayment> act(String paymentId, String action, Command command) {
        return Access.permit("change payments", Disbursements.RUN).flatMap(caller -> visible(paymentId)
                .flatMap(found -> Audit.action(action).then(Audit.touched("payment:" + paymentId))
                        .then(traces.current()).flatMap(trace -> command.run(caller, found, trace))))
                .onErrorMap(DisbursementErrors::translate);
    }

    @FunctionalInterface
    private interface Command {
        Mono<VersionedPayment> run(Caller caller, VersionedPayment found, TraceContext trace);
    }
}
