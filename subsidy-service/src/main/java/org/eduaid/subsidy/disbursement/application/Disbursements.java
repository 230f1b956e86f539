package org.eduaid.subsidy.disbursement.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eduaid.contracts.identity.Role;
import org.eduaid.kit.audit.Audit;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.events.TraceContexts;
import org.eduaid.kit.outbox.StaleAggregateException;
import org.eduaid.kit.regions.RegionDirectory;
import org.eduaid.kit.security.Access;
import org.eduaid.kit.security.Caller;
import org.eduaid.kit.web.ConflictException;
import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.subsidy.budget.application.AidBudgets;
import org.eduaid.subsidy.budget.domain.BudgetExceededException;
import org.eduaid.subsidy.calendar.Term;
import org.eduaid.subsidy.catalogue.application.Catalogue;
import org.eduaid.subsidy.disbursement.config.DisbursementProperties;
import org.eduaid.subsidy.disbursement.domain.BatchKind;
import org.eduaid.subsidy.disbursement.domain.BatchState;
import org.eduaid.subsidy.disbursement.domain.BudgetBlock;
import org.eduaid.subsidy.disbursement.domain.DisbursementBatch;
import org.eduaid.subsidy.disbursement.domain.HoldReason;
import org.eduaid.subsidy.disbursement.domain.Payment;
import org.eduaid.subsidy.disbursement.domain.PaymentState;
import org.eduaid.subsidy.disbursement.domain.SealPlan;
import org.eduaid.subsidy.disbursement.domain.Stamp;
import org.eduaid.subsidy.eligibility.application.AidStudent;
import org.eduaid.subsidy.eligibility.application.AidStudents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A county's disbursement batches: create, preview, seal, release, and the bank's results. Sealing
 * and releasing are resumable: each step is idempotent (reservations are set per batch, payments
 * are keyed by student, programme and term, holds and item chunks are replaced by id), so a seal
 * that died half-way is finished by sealing again, and two seals at once end in one sealed batch.
 */
@Service
public class Disbursements {

    private static final Logger log = LoggerFactory.getLogger(Disbursements.class);

    static final Role[] RUN = { Role.COUNTY_OFFICER, Role.PLATFORM_ADMIN };
    static final Role[] READ = { Role.COUNTY_OFFICER, Role.CITY_OFFICER, Role.PROVINCE_OFFICER, Role.AUDITOR,
            Role.PLATFORM_ADMIN };
    static final int WRITE_CONCURRENCY = 8;
    /** Lines per results call: a file fits the 256 KB body cap; a bank file of more goes in several calls. */
    static final int MAX_RESULTS = 2_000;

    private final BatchRepository batches;
    private final PaymentRepository payments;
    private final HoldRepository holds;
    private final BatchPlanner planner;
    private final AidBudgets budgets;
    private final AidStudents students;
    private final Catalogue catalogue;
    private final RegionDirectory regions;
    private final TraceContexts traces;
    private final Clock clock;
    private final DisbursementProperties properties;

    public Disbursements(BatchRepository batches, PaymentRepository payments, HoldRepository holds, BatchPlanner planner,
            AidBudgets budgets, AidStudents students, Catalogue catalogue, RegionDirectory regions, TraceContexts traces,
            Clock clock, DisbursementProperties properties) {
        this.batches = batches;
        this.payments = payments;
        this.holds = holds;
        this.planner = planner;
        this.budgets = budgets;
        this.students = students;
        this.catalogue = catalogue;
        this.regions = regions;
        this.traces = traces;
        this.clock = clock;
        this.properties = properties;
    }

    /** The county's batch for the programme and term: created as a draft the first time, else the one there is. */
    public Mono<VersionedBatch> create(String countyCode, String programmeCode, String termText) {
        return Access.permit("create disbursement batches", RUN).flatMap(caller -> {
            if (countyCode == null || !regions.isCounty(countyCode)) {
                return Mono.error(InvalidRequestException.of("countyCode", "is not a county in the national division list"));
            }
            Term term;
            try {
                term = Term.parse(termText);
            } catch (IllegalArgumentException e) {
                return Mono.error(InvalidRequestException.of("term", e.getMessage()));
            }
            return Access.withinScope(caller.canSeeRegion(countyCode), caller, "county " + countyCode)
                    .then(catalogue.find(programmeCode == null ? "" : programmeCode))
                    .switchIfEmpty(Mono.error(() -> InvalidRequestException.of("programmeCode", "is not in the catalogue")))
                    .flatMap(programme -> Audit.action("batch.create")
                            .then(Audit.touched("batch:" + DisbursementBatch.idOf(countyCode, programmeCode, term.id())))
                            .then(traces.current())
                            .flatMap(trace -> batches.addOrGet(DisbursementBatch.create(countyCode, programmeCode,
                                    term.id(), clock.instant()), trace)));
        });
    }

    public Mono<VersionedBatch> find(String batchId) {
        return Access.permit("read disbursement batches", READ).then(visible(batchId));
    }

    /** What sealing would do now; nothing is written. */
    public Mono<BatchPreview> preview(String batchId) {
        return Access.permit("preview disbursement batches", READ).then(visible(batchId)).flatMap(found -> {
            DisbursementBatch batch = found.batch();
            if (batch.kind() != BatchKind.REGULAR) {
                return Mono.error(new ConflictException("A retry batch has no preview: it carries the payments put into it."));
            }
            String budgetId = AidBudgets.budgetIdOf(batch.countyCode(), batch.programmeCode(), Term.parse(batch.term()));
            return planner.plan(batch).flatMap(planned -> budgets.find(budgetId)
                    .map(budget -> java.util.Optional.of(budget.budget().remainingFor(batch.id())))
                    .defaultIfEmpty(java.util.Optional.empty())
                    .flatMap(remaining -> {
                        SealPlan plan = planned.plan();
                        Map<HoldReason, Integer> byReason = new EnumMap<>(HoldReason.class);
                        plan.holds().forEach(h -> byReason.merge(h.reason(), 1, Integer::sum));
                        List<BatchPreview.HeldStudent> held = plan.holds().stream().limit(BatchPreview.HELD_LISTED)
                                .map(h -> new BatchPreview.HeldStudent(h.paymentId(), h.studentId(),
                                        maskedName(planned.students().get(h.studentId())), h.reason()))
                                .toList();
                        Long left = remaining.orElse(null);
                        return Audit.disclosed("batch:" + batch.id()).thenReturn(new BatchPreview(batch.id(),
                                batch.state().name(), found.version(), plan.payments(), plan.totalFen(), byReason,
                                plan.holds().size(), budgetId, left, left != null && left >= plan.totalFen(), held));
                    }));
        });
    }

    /**
     * Seals the batch: computes it now, reserves its total against the budget (409 naming budget,
     * remaining and needed if it does not fit, and the batch remembers it), writes the payments in
     * bulk chunks and the holds, then marks it sealed. A sealed batch is answered as it is.
     */
    public Mono<VersionedBatch> seal(String batchId, long expectedVersion) {
        return Access.permit("seal disbursement batches", RUN).flatMap(caller -> visible(batchId).flatMap(found -> {
            DisbursementBatch batch = found.batch();
            if (batch.state() == BatchState.SEALED || batch.state() == BatchState.RELEASING
                    || batch.state() == BatchState.RELEASED) {
                return Mono.just(found);
            }
            if (batch.kind() != BatchKind.REGULAR) {
                return Mono.error(new ConflictException("A retry batch is not sealed: release it."));
            }
            if (batch.state() == BatchState.DRAFT && found.version() != expectedVersion) {
                return Mono.error(new StaleAggregateException("aid_batches", batchId, expectedVersion));
            }
            return Audit.action("batch.seal").then(Audit.touched("batch:" + batchId)).then(traces.current())
                    .flatMap(trace -> claim(found, batch.startSealing(), trace)
                            .flatMap(claimed -> new SealRun(claimed, stampOf(caller), trace).run()));
        })).onErrorMap(DisbursementErrors::translate);
    }

    /**
     * Sends a sealed batch (or a retry batch) to the bank. Students who are no longer actively enrolled
     * are stopped (NOT_ENROLLED) and their money goes back to the budget.
     */
    public Mono<VersionedBatch> release(String batchId) {
        return Access.permit("release disbursement batches", RUN).flatMap(caller -> visible(batchId).flatMap(found -> {
            DisbursementBatch batch = found.batch();
            if (batch.state() == BatchState.RELEASED) {
                return Mono.just(found);
            }
            return Audit.action("batch.release").then(Audit.touched("batch:" + batchId)).then(traces.current())
                    .flatMap(trace -> (batch.state() == BatchState.RELEASING ? Mono.just(found)
                            : claim(found, batch.startReleasing(), trace))
                            .flatMap(claimed -> releaseRun(claimed, stampOf(caller), trace)));
        })).onErrorMap(DisbursementErrors::translate);
    }

    /** The bank's answer for payments of a released batch: each paid or failed. Repeating a line changes nothing. */
    public Mono<ResultsSummary> results(String batchId, List<BankResult> lines) {
        return Access.permit("record bank results", RUN).flatMap(caller -> {
            if (lines == null || lines.isEmpty() || lines.size() > MAX_RESULTS) {
                return Mono.error(InvalidRequestException.of("results", "must hold 1 to " + MAX_RESULTS + " lines"));
            }
            for (int i = 0; i < lines.size(); i++) {
                BankResult line = lines.get(i);
                if (line.paymentId() == null || line.outcome() == null) {
                    return Mono.error(InvalidRequestException.of("results[" + i + "]", "needs paymentId and outcome"));
                }
                if (line.outcome() == BankResult.Outcome.DISBURSED && line.valueDate() == null) {
                    return Mono.error(InvalidRequestException.of("results[" + i + "].valueDate", "is required for a payment made"));
                }
                if (line.outcome() == BankResult.Outcome.FAILED && (line.reason() == null || line.reason().isBlank()
                        || line.reason().length() > 200)) {
                    return Mono.error(InvalidRequestException.of("results[" + i + "].reason",
                            "is required for a failed payment (the bank's reason code, up to 200 characters)"));
                }
            }
            return visible(batchId).flatMap(found -> {
                if (found.batch().state() != BatchState.RELEASED) {
                    return Mono.error(new ConflictException("Batch " + batchId + " is " + found.batch().state()
                            + ": bank results come for released batches only."));
                }
                return Audit.action("batch.results").then(Audit.touched("batch:" + batchId)).then(traces.current())
                        .flatMap(trace -> applyResults(found.batch(), lines, stampOf(caller), trace));
            });
        }).onErrorMap(DisbursementErrors::translate);
    }

    /** The payments a batch carries to the bank now (approved, released or resubmitted into it), in chunk order. */
    public Flux<Payment> bankList(String batchId) {
        return Access.permit("read disbursement batches", READ).then(visible(batchId))
                .flatMapMany(found -> Audit.disclosed("batch:" + batchId).thenMany(idsOf(found.batch())))
                .concatMap(ids -> payments.findAll(ids).collectMap(p -> p.payment().id())
                        .flatMapIterable(byId -> ids.stream().map(byId::get).filter(p -> p != null)
                                .map(VersionedPayment::payment)
                                .filter(p -> p.batchId().equals(batchId))
                                .filter(p -> p.state() == PaymentState.APPROVED || p.state() == PaymentState.RELEASED
                                        || p.state() == PaymentState.RESUBMITTED)
                                .toList()));
    }

    Mono<VersionedBatch> visible(String batchId) {
        return Access.ifVisible(batches.find(batchId), (caller, found) -> caller.canSeeRegion(found.batch().countyCode()),
                "batch " + batchId);
    }

    /** The payment ids of a batch, a chunk at a time. */
    Flux<List<String>> idsOf(DisbursementBatch batch) {
        if (batch.kind() == BatchKind.RETRY) {
            return Flux.fromIterable(chunks(batch.retryPaymentIds(), 1000));
        }
        return batches.items(batch.id(), batch.figures().chunks());
    }

    private Mono<VersionedBatch> claim(VersionedBatch found, DisbursementBatch next, TraceContext trace) {
        return batches.update(ResultWithEvents.of(next), found.version(), trace)
                .map(version -> new VersionedBatch(next, version))
                .onErrorMap(StaleAggregateException.class, e -> new ConflictException("Batch " + next.id()
                        + " is being changed by another request; send yours again to see the outcome."));
    }

    private Mono<VersionedBatch> finish(VersionedBatch claimed, ResultWithEvents<DisbursementBatch> done,
            TraceContext trace) {
        return batches.update(done, claimed.version(), trace).map(version -> new VersionedBatch(done.aggregate(), version))
                // a concurrent run of the same idempotent steps got there first: its outcome is ours
                .onErrorResume(StaleAggregateException.class, e -> batches.find(claimed.batch().id())
                        .filter(now -> now.batch().state() == done.aggregate().state())
                        .switchIfEmpty(Mono.error(e)));
    }

    private Stamp stampOf(Caller caller) {
        return new Stamp(caller.subject(), clock.instant());
    }

    private static String maskedName(AidStudent student) {
        return student == null ? null : student.maskedName();
    }

    static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            chunks.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return chunks;
    }

    /** One attempt at sealing a claimed (SEALING) batch; safe to run again or twice at once. */
    private final class SealRun {

        private final VersionedBatch claimed;
        private final DisbursementBatch batch;
        private final Stamp stamp;
        private final TraceContext trace;
        private final String budgetId;

        SealRun(VersionedBatch claimed, Stamp stamp, TraceContext trace) {
            this.claimed = claimed;
            this.batch = claimed.batch();
            this.stamp = new Stamp(stamp.by(), clock.instant());
            this.trace = trace;
            this.budgetId = AidBudgets.budgetIdOf(batch.countyCode(), batch.programmeCode(), Term.parse(batch.term()));
        }

        Mono<VersionedBatch> run() {
            long started = System.nanoTime();
            return planner.plan(batch).flatMap(planned -> {
                log.info("Batch {}: computed {} payments and {} holds in {} ms", batch.id(), planned.plan().payments(),
                        planned.plan().holds().size(), (System.nanoTime() - started) / 1_000_000);
                long needed = planned.plan().totalFen();
                Mono<Void> reserved = needed == 0 ? Mono.empty() : budgets.reserve(budgetId, batch.id(), needed).then();
                return reserved.onErrorResume(BudgetExceededException.class, this::block)
                        .then(Mono.defer(() -> write(planned.plan())))
                        .doOnNext(sealed -> log.info("Batch {} sealed: {} payments, {} fen, in {} ms", batch.id(),
                                sealed.batch().figures().payments(), sealed.batch().figures().totalFen(),
                                (System.nanoTime() - started) / 1_000_000));
            });
        }

        private Mono<Void> block(BudgetExceededException exceeded) {
            DisbursementBatch blocked = batch.blockedByBudget(new BudgetBlock(exceeded.budgetId(), exceeded.neededFen(),
                    exceeded.remainingFen(), stamp.at()));
            return batches.update(ResultWithEvents.of(blocked), claimed.version(), trace)
                    .onErrorResume(StaleAggregateException.class, e -> Mono.empty())
                    .then(Mono.error(new ConflictException(exceeded.getMessage())));
        }

        private Mono<VersionedBatch> write(SealPlan plan) {
            List<HoldRepository.Hold> planned = plan.holds().stream().map(h -> new HoldRepository.Hold(h.paymentId(),
                    h.studentId(), batch.id(), batch.countyCode(), h.reason(), stamp.at())).toList();
            List<List<SealPlan.PlannedPayment>> toWrite = chunks(plan.toWrite(), properties.sealChunk());
            List<String> ours = Collections.synchronizedList(new ArrayList<>(plan.written().keySet()));
            AtomicInteger paid = new AtomicInteger(plan.written().size());
            AtomicLong totalFen = new AtomicLong(plan.written().values().stream().mapToLong(Long::longValue).sum());
            AtomicInteger alreadyPaid = new AtomicInteger();
            Flux<Void> newChunks = Flux.range(0, toWrite.size())
                    .flatMapSequential(chunk -> writeChunk(toWrite.get(chunk)).doOnNext(outcome -> {
                        ours.addAll(outcome.ours());
                        paid.addAndGet(outcome.ours().size());
                        totalFen.addAndGet(outcome.oursFen());
                        alreadyPaid.addAndGet(outcome.alreadyPaid());
                    }).then(), properties.sealConcurrency());
            return Flux.fromIterable(chunks(planned, 1000)).concatMap(holds::hold)
                    .thenMany(newChunks)
                    .then(Mono.defer(() -> writeItems(ours)))
                    .flatMap(chunkCount -> budgets.lower(budgetId, batch.id(), totalFen.get())
                            .then(Mono.defer(() -> finish(claimed, batch.seal(paid.get(),
                                    plan.holds().size() + alreadyPaid.get(), totalFen.get(), chunkCount,
                                    clock.instant()), trace))));
        }

        /**
         * The batch's payment ids in chunk documents, sorted, so that every run of the seal (a resumed
         * one, a concurrent one) writes the same documents whichever of them inserted which payment.
         */
        private Mono<Integer> writeItems(List<String> ours) {
            List<List<String>> items = chunks(ours.stream().sorted().toList(), properties.sealChunk());
            return Flux.range(0, items.size()).concatMap(chunk -> batches.writeItems(batch.id(), chunk, items.get(chunk)))
                    .then(Mono.just(items.size()));
        }

        /** Inserts one chunk; ids that existed are this batch's own (an earlier attempt) or paid elsewhere. */
        private Mono<ChunkOutcome> writeChunk(List<SealPlan.PlannedPayment> planned) {
            List<ResultWithEvents<Payment>> approved = planned.stream()
                    .map(p -> Payment.approve(p.facts(), batch.id(), p.maskedName(), stamp)).toList();
            Map<String, Long> amounts = planned.stream().collect(Collectors.toMap(p -> p.facts().paymentId(),
                    p -> p.facts().amount().totalFen()));
            return payments.insertAll(approved, trace).flatMap(existed -> {
                if (existed.isEmpty()) {
                    return Mono.just(Map.<String, SealPlan.ExistingPayment>of());
                }
                return payments.existing(existed);
            }).flatMap(existed -> {
                List<String> ours = new ArrayList<>();
                long oursFen = 0;
                List<HoldRepository.Hold> paidElsewhere = new ArrayList<>();
                for (SealPlan.PlannedPayment p : planned) {
                    String id = p.facts().paymentId();
                    SealPlan.ExistingPayment other = existed.get(id);
                    if (other == null) {
                        ours.add(id);
                        oursFen += amounts.get(id);
                    } else if (other.batchId().equals(batch.id())) {
                        ours.add(id);
                        oursFen += other.totalFen();
                    } else {
                        paidElsewhere.add(new HoldRepository.Hold(id, p.facts().studentId(), batch.id(),
                                batch.countyCode(), HoldReason.ALREADY_PAID, stamp.at()));
                    }
                }
                long fen = oursFen;
                return holds.hold(paidElsewhere).thenReturn(new ChunkOutcome(ours, fen, paidElsewhere.size()));
            });
        }
    }

    private record ChunkOutcome(List<String> ours, long oursFen, int alreadyPaid) {
    }

    private Mono<VersionedBatch> releaseRun(VersionedBatch claimed, Stamp by, TraceContext trace) {
        DisbursementBatch batch = claimed.batch();
        Stamp stamp = new Stamp(by.by(), clock.instant());
        AtomicInteger released = new AtomicInteger();
        AtomicInteger stopped = new AtomicInteger();
        AtomicLong totalFen = new AtomicLong();
        return idsOf(batch).concatMap(ids -> payments.findAll(ids).collectList().flatMap(found -> {
            Set<String> studentIds = found.stream().map(p -> p.payment().facts().studentId()).collect(Collectors.toSet());
            return students.find(studentIds).flatMap(now -> releaseChunk(batch, found, now, stamp, trace)
                    .doOnNext(p -> {
                        if (p.state() == PaymentState.STOPPED) {
                            stopped.incrementAndGet();
                        } else {
                            released.incrementAndGet();
                            totalFen.addAndGet(p.amount().totalFen());
                        }
                    })
                    .then());
        })).then(Mono.defer(() -> batch.kind() == BatchKind.REGULAR
                ? budgets.lower(AidBudgets.budgetIdOf(batch.countyCode(), batch.programmeCode(), Term.parse(batch.term())),
                        batch.id(), totalFen.get()).then()
                : Mono.empty()))
                .then(Mono.defer(() -> finish(claimed, batch.release(released.get(), stopped.get(), totalFen.get(),
                        clock.instant()), trace)));
    }

    /**
     * Releases or stops a chunk of the batch's payments in one bulk write: each as it ends up, those
     * already past this step as they are. One that changed meanwhile is read again and decided on its own.
     */
    private Flux<Payment> releaseChunk(DisbursementBatch batch, List<VersionedPayment> found,
            Map<String, AidStudent> students, Stamp stamp, TraceContext trace) {
        List<Payment> asTheyAre = new ArrayList<>();
        List<PaymentRepository.VersionedChange> changes = new ArrayList<>();
        for (VersionedPayment p : found) {
            if (!p.payment().batchId().equals(batch.id())) {
                continue;
            }
            ResultWithEvents<Payment> changed = releaseChange(batch, p.payment(),
                    students.get(p.payment().facts().studentId()), stamp);
            if (changed == null) {
                asTheyAre.add(p.payment());
            } else {
                changes.add(new PaymentRepository.VersionedChange(changed, p.version()));
            }
        }
        return payments.updateAll(changes, trace).flatMapMany(stale -> {
            Set<String> staleIds = Set.copyOf(stale);
            List<Payment> stored = changes.stream().map(c -> c.changed().aggregate())
                    .filter(p -> !staleIds.contains(p.id())).toList();
            Flux<Payment> again = Flux.fromIterable(stale)
                    .flatMap(id -> payments.find(id)
                            .filter(p -> p.payment().batchId().equals(batch.id()))
                            .flatMap(p -> releaseOne(batch, p, students.get(p.payment().facts().studentId()), stamp,
                                    trace)), WRITE_CONCURRENCY);
            return Flux.concat(Flux.fromIterable(asTheyAre), Flux.fromIterable(stored), again);
        });
    }

    /** Releases or stops one payment; a payment already past this step is returned as it is. */
    private Mono<Payment> releaseOne(DisbursementBatch batch, VersionedPayment found, AidStudent student, Stamp stamp,
            TraceContext trace) {
        ResultWithEvents<Payment> changed = releaseChange(batch, found.payment(), student, stamp);
        if (changed == null) {
            return Mono.just(found.payment());
        }
        return payments.update(changed, found.version(), trace).thenReturn(changed.aggregate());
    }

    /** The payment released, or stopped if its student is no longer actively enrolled; {@code null} when past this step. */
    private static ResultWithEvents<Payment> releaseChange(DisbursementBatch batch, Payment payment, AidStudent student,
            Stamp stamp) {
        if (payment.state() == PaymentState.APPROVED) {
            boolean enrolled = student != null && student.facts().activelyEnrolled();
            return enrolled ? payment.release(batch.id(), stamp) : payment.stop("NOT_ENROLLED", stamp);
        }
        if (payment.state() == PaymentState.RESUBMITTED) {
            return payment.release(batch.id(), stamp);
        }
        return null;
    }

    private Mono<ResultsSummary> applyResults(DisbursementBatch batch, List<BankResult> lines, Stamp by,
            TraceContext trace) {
        Stamp stamp = new Stamp(by.by(), clock.instant());
        List<String> ids = lines.stream().map(BankResult::paymentId).distinct().toList();
        return payments.findAll(ids).collectMap(p -> p.payment().id(), Function.identity()).flatMap(found -> {
            List<ResultsSummary.Rejected> rejected = new ArrayList<>();
            List<PaymentRepository.VersionedChange> changes = new ArrayList<>();
            Map<String, BankResult> lineOf = new HashMap<>();
            List<HoldRepository.RetryMark> retryMarks = new ArrayList<>();
            int unchanged = 0;
            for (BankResult line : lines) {
                if (lineOf.putIfAbsent(line.paymentId(), line) != null) {
                    rejected.add(new ResultsSummary.Rejected(line.paymentId(), "appears twice in the results; the first line counts"));
                    continue;
                }
                VersionedPayment current = found.get(line.paymentId());
                HoldRepository.RetryMark mark = retryMark(batch, line, current, stamp);
                if (mark != null) {
                    retryMarks.add(mark);
                }
                LineOutcome outcome = resultFor(batch, line, current, stamp);
                if (outcome.rejection() != null) {
                    rejected.add(outcome.rejection());
                } else if (outcome.change() == null) {
                    unchanged++;
                } else {
                    changes.add(new PaymentRepository.VersionedChange(outcome.change(), current.version()));
                }
            }
            AtomicInteger disbursed = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            AtomicInteger same = new AtomicInteger(unchanged);
            List<ResultsSummary.Rejected> refused = java.util.Collections.synchronizedList(rejected);
            // the retry marks go first: a crash after them leaves a mark the retry list checks against the payment
            return holds.markForRetry(retryMarks)
                    .then(payments.updateAll(changes, trace))
                    .flatMap(stale -> {
                        Set<String> staleIds = Set.copyOf(stale);
                        changes.stream().map(c -> c.changed().aggregate()).filter(p -> !staleIds.contains(p.id()))
                                .forEach(p -> (p.state() == PaymentState.DISBURSED ? disbursed : failed).incrementAndGet());
                        // changed meanwhile: its line is applied again to the payment as it is now
                        return Flux.fromIterable(stale)
                                .flatMap(id -> resultAgain(batch, lineOf.get(id), stamp, trace), WRITE_CONCURRENCY)
                                .doOnNext(outcome -> {
                                    if (outcome.rejection() != null) {
                                        refused.add(outcome.rejection());
                                    } else if (outcome.change() == null) {
                                        same.incrementAndGet();
                                    } else if (outcome.change().aggregate().state() == PaymentState.DISBURSED) {
                                        disbursed.incrementAndGet();
                                    } else {
                                        failed.incrementAndGet();
                                    }
                                })
                                .then();
                    })
                    .then(recountDisbursed(batch))
                    .map(fen -> new ResultsSummary(batch.id(), disbursed.get(), failed.get(), same.get(),
                            List.copyOf(refused), fen));
        });
    }

    /** One line applied to its payment read afresh, on its own (retry mark first, as for the whole file). */
    private Mono<LineOutcome> resultAgain(DisbursementBatch batch, BankResult line, Stamp stamp, TraceContext trace) {
        return payments.find(line.paymentId()).map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
                .flatMap(read -> {
                    VersionedPayment current = read.orElse(null);
                    HoldRepository.RetryMark mark = retryMark(batch, line, current, stamp);
                    LineOutcome outcome = resultFor(batch, line, current, stamp);
                    Mono<Void> marked = mark == null ? Mono.empty() : holds.markForRetry(List.of(mark));
                    if (outcome.change() == null) {
                        return marked.thenReturn(outcome);
                    }
                    return marked.then(payments.update(outcome.change(), current.version(), trace)).thenReturn(outcome);
                });
    }

    /** A failed line for a payment waiting for the bank (or failed before) puts it on the county's retry list. */
    private static HoldRepository.RetryMark retryMark(DisbursementBatch batch, BankResult line,
            VersionedPayment current, Stamp stamp) {
        if (current == null || !current.payment().batchId().equals(batch.id())
                || line.outcome() == BankResult.Outcome.DISBURSED) {
            return null;
        }
        Payment payment = current.payment();
        return payment.state() == PaymentState.RELEASED || payment.state() == PaymentState.FAILED
                ? new HoldRepository.RetryMark(payment.id(), payment.facts().countyCode(), stamp.at())
                : null;
    }

    /** What one bank line does to its payment as read: a change, nothing (it says what is recorded), or a refusal. */
    private static LineOutcome resultFor(DisbursementBatch batch, BankResult line, VersionedPayment current, Stamp stamp) {
        if (current == null || !current.payment().batchId().equals(batch.id())) {
            return LineOutcome.rejected(line, "is not a payment of this batch");
        }
        Payment payment = current.payment();
        boolean paid = line.outcome() == BankResult.Outcome.DISBURSED;
        PaymentState target = paid ? PaymentState.DISBURSED : PaymentState.FAILED;
        if (payment.state() == target) {
            return new LineOutcome(null, null);
        }
        if (payment.state() != PaymentState.RELEASED) {
            return LineOutcome.rejected(line, "is " + payment.state() + ", not waiting for the bank");
        }
        return new LineOutcome(paid ? payment.disburse(batch.id(), line.valueDate(), stamp)
                : payment.fail(batch.id(), line.reason(), stamp), null);
    }

    private record LineOutcome(ResultWithEvents<Payment> change, ResultsSummary.Rejected rejection) {

        static LineOutcome rejected(BankResult line, String why) {
            return new LineOutcome(null, new ResultsSummary.Rejected(line.paymentId(), why));
        }
    }

    /** Sets the budget's disbursed figure for the batch from its payments (absolute, so a retry of it is harmless). */
    Mono<Long> recountDisbursed(DisbursementBatch batch) {
        String budgetId = AidBudgets.budgetIdOf(batch.countyCode(), batch.programmeCode(), Term.parse(batch.term()));
        return idsOf(batch).concatMap(payments::findAll)
                .filter(p -> p.payment().batchId().equals(batch.id()))
                .map(p -> p.payment().atStudentFen())
                .reduce(0L, Long::sum)
                .flatMap(fen -> budgets.recordDisbursed(budgetId, batch.id(), fen).thenReturn(fen));
    }
}
