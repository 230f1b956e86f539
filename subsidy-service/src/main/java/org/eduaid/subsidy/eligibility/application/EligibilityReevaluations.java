package org.eduaid.subsidy.eligibility.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.eduaid.kit.events.TraceContext;
import org.eduaid.subsidy.catalogue.application.Catalogue;
import org.eduaid.subsidy.catalogue.domain.Programme;
import org.eduaid.subsidy.eligibility.config.EligibilityProperties;
import org.eduaid.subsidy.eligibility.domain.SchoolFacts;
import org.eduaid.subsidy.eligibility.domain.StudentEligibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Decides every student anew, after the catalogue changed (and nightly, for programmes and
 * standards that come into force by date and for the new school year). One pass over the
 * collection in pages: each page is decided in memory, only the students whose decisions changed
 * are written (versioned, in one bulk write per page; one that changed meanwhile is decided again on
 * its own), then the page's eligible students are put forward and its lost programmes withdrawn, in
 * one call each.
 */
@Service
public class EligibilityReevaluations implements EligibilityReevaluation {

    private static final Logger log = LoggerFactory.getLogger(EligibilityReevaluations.class);
    /** Changed students per bulk write: a page of the default size is one write. */
    static final int WRITE_CHUNK = 1_000;

    private final StudentEligibilityRepository students;
    private final Catalogue catalogue;
    private final SchoolFactsLookup schools;
    private final StudentsAwaitingSchools awaiting;
    private final AidEffects effects;
    private final EligibilityDecisions decisions;
    private final ReevaluationRuns runs;
    private final EligibilityProperties properties;
    private final Clock clock;
    private final Object lock = new Object();
    private Active active;

    EligibilityReevaluations(StudentEligibilityRepository students, Catalogue catalogue, SchoolFactsLookup schools,
            StudentsAwaitingSchools awaiting, AidEffects effects, EligibilityDecisions decisions,
            ReevaluationRuns runs, EligibilityProperties properties, Clock clock) {
        this.students = students;
        this.catalogue = catalogue;
        this.schools = schools;
        this.awaiting = awaiting;
        this.effects = effects;
        this.decisions = decisions;
        this.runs = runs;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Mono<String> reevaluateAll(String reason) {
        return Mono.fromCallable(() -> start(reason == null || reason.isBlank() ? "unspecified" : reason));
    }

    public Mono<ReevaluationRun> find(String runId) {
        return runs.find(runId);
    }

    /** Programmes and standards come into force by date, and a new school year needs its applications. */
    @Scheduled(cron = "${eduaid.eligibility.reevaluation-cron:0 30 1 * * *}",
            zone = "${eduaid.eligibility.time-zone:Asia/Shanghai}")
    void nightly() {
        start("scheduled");
    }

    private String start(String reason) {
        Active run;
        synchronized (lock) {
            if (active != null) {
                active.again.set(true);
                log.info("Re-evaluation {} under way: it goes round once more ({})", active.id, reason);
                return active.id;
            }
            run = new Active(UUID.randomUUID().toString(), reason, clock.instant());
            active = run;
        }
        log.info("Re-evaluation {} of every student started ({})", run.id, reason);
        runs.save(run.snapshot("RUNNING", null))
                .then(Mono.defer(() -> pass(run)).repeat(() -> run.again.getAndSet(false)).then())
                .then(Mono.defer(() -> {
                    run.finishedAt = clock.instant();
                    log.info("Re-evaluation {} done: {} passes, {} students, {} changed, in {} ms", run.id,
                            run.passes.get(), run.processed.get(), run.changed.get(),
                            run.finishedAt.toEpochMilli() - run.startedAt.toEpochMilli());
                    return runs.save(run.snapshot("DONE", null));
                }))
                .onErrorResume(e -> {
                    log.error("Re-evaluation {} failed", run.id, e);
                    run.finishedAt = clock.instant();
                    return runs.save(run.snapshot("FAILED", e.getClass().getSimpleName()));
                })
                .doFinally(signal -> {
                    synchronized (lock) {
                        active = null;
                    }
                })
                .subscribeOn(Schedulers.boundedElastic())
                .subscribe();
        return run.id;
    }

    private Mono<Void> pass(Active run) {
        LocalDate today = decisions.today();
        Map<String, SchoolFacts> knownSchools = new ConcurrentHashMap<>();
        Set<String> unknownSchools = ConcurrentHashMap.newKeySet();
        TraceContext trace = TraceContext.fresh();
        return Mono.zip(catalogue.inForceOn(today), students.count()).flatMap(t -> {
            run.newPass(t.getT2());
            return students.all().buffer(properties.pageSize())
                    .concatMap(page -> page(page, t.getT1(), today, knownSchools, unknownSchools, trace)
                            .then(Mono.defer(() -> runs.save(run.snapshot("RUNNING", null)))), 0)
                    .then();
        });
    }

    private Mono<Void> page(List<StoredStudent> page, List<Programme> programmes, LocalDate today,
            Map<String, SchoolFacts> known, Set<String> unknown, TraceContext trace) {
        Set<String> missing = new HashSet<>();
        for (StoredStudent stored : page) {
            String school = stored.student().schoolCode();
            if (school != null && !known.containsKey(school) && !unknown.contains(school)) {
                missing.add(school);
            }
        }
        Active run = current();
        return Flux.fromIterable(missing)
                .flatMap(code -> schools.find(code).map(Optional::of).defaultIfEmpty(Optional.empty())
                        .doOnNext(found -> {
                            if (found.isPresent()) {
                                known.put(code, found.get());
                            } else {
                                unknown.add(code);
                            }
                        }), 8)
                .then(Mono.fromCallable(() -> decidePage(page, programmes, today, known)))
                .flatMap(decided -> {
                    Set<String> stale = ConcurrentHashMap.newKeySet();
                    List<Mono<Void>> waits = new ArrayList<>();
                    for (StoredStudent stored : page) {
                        String school = stored.student().schoolCode();
                        if (school != null && unknown.contains(school)) {
                            waits.add(awaiting.await(school, stored.student().studentId()));
                        }
                    }
                    return Flux.fromIterable(chunks(decided.changed()))
                            .concatMap(chunk -> students.updateAll(chunk, trace))
                            .flatMapIterable(ids -> ids)
                            // changed by an event meanwhile: decide it afresh on its own
                            .doOnNext(stale::add)
                            .flatMap(studentId -> decisions.redecide(studentId, trace), properties.writeConcurrency())
                            .then(Flux.concat(waits).then())
                            .then(Mono.defer(() -> {
                                List<StudentEligibility> settled = decided.all().stream()
                                        .filter(s -> !stale.contains(s.studentId())).toList();
                                return effects.apply(settled, decided.withdrawals(), today);
                            }))
                            .doOnSuccess(ignored -> {
                                if (run != null) {
                                    run.processed.addAndGet(page.size());
                                    run.changed.addAndGet(decided.changed().size());
                                }
                            });
                });
    }

    private static List<List<StudentEligibilityRepository.VersionedChange>> chunks(List<Change> changed) {
        List<List<StudentEligibilityRepository.VersionedChange>> chunks = new ArrayList<>();
        for (int from = 0; from < changed.size(); from += WRITE_CHUNK) {
            chunks.add(changed.subList(from, Math.min(changed.size(), from + WRITE_CHUNK)).stream()
                    .map(c -> new StudentEligibilityRepository.VersionedChange(c.version(), c.decided().result()))
                    .toList());
        }
        return chunks;
    }

    private PageDecisions decidePage(List<StoredStudent> page, List<Programme> programmes, LocalDate today,
            Map<String, SchoolFacts> known) {
        Instant now = clock.instant();
        List<StudentEligibility> all = new ArrayList<>(page.size());
        List<Change> changed = new ArrayList<>();
        Map<String, Map<String, String>> withdrawals = new LinkedHashMap<>();
        for (StoredStudent stored : page) {
            StudentEligibility student = stored.student();
            String school = student.schoolCode();
            SchoolFacts facts = school == null ? SchoolFacts.UNKNOWN : known.getOrDefault(school, SchoolFacts.UNKNOWN);
            StudentEligibility.Decided decided = student.decide(programmes, today, facts, now);
            all.add(decided.student());
            if (!decided.student().equals(student)) {
                changed.add(new Change(stored.version(), decided));
            }
            if (!decided.withdrawals().isEmpty()) {
                withdrawals.put(student.studentId(), decided.withdrawals());
            }
        }
        return new PageDecisions(all, changed, withdrawals);
    }

    private Active current() {
        synchronized (lock) {
            return active;
        }
    }

    private record Change(long version, StudentEligibility.Decided decided) {
    }

    private record PageDecisions(List<StudentEligibility> all, List<Change> changed,
            Map<String, Map<String, String>> withdrawals) {
    }

    /** The run under way on this replica. */
    private static final class Active {

        final String id;
        final String reason;
        final Instant startedAt;
        final AtomicBoolean again = new AtomicBoolean();
        final AtomicInteger passes = new AtomicInteger();
        final AtomicLong total = new AtomicLong();
        final AtomicLong processed = new AtomicLong();
        final AtomicLong changed = new AtomicLong();
        volatile Instant finishedAt;

        Active(String id, String reason, Instant startedAt) {
            this.id = id;
            this.reason = reason;
            this.startedAt = startedAt;
        }

        void newPass(long students) {
            passes.incrementAndGet();
            total.set(students);
            processed.set(0);
        }

        ReevaluationRun snapshot(String state, String failure) {
            return new ReevaluationRun(id, reason, state, passes.get(), total.get(), processed.get(), changed.get(),
                    startedAt, finishedAt, failure);
        }
    }
}
