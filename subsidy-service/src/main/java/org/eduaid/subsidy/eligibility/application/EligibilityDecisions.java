package org.eduaid.subsidy.eligibility.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.AggregateAlreadyExistsException;
import org.eduaid.kit.outbox.StaleAggregateException;
import org.eduaid.subsidy.catalogue.application.Catalogue;
import org.eduaid.subsidy.catalogue.domain.Programme;
import org.eduaid.subsidy.eligibility.config.EligibilityProperties;
import org.eduaid.subsidy.eligibility.domain.SchoolFacts;
import org.eduaid.subsidy.eligibility.domain.StudentEligibility;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Applies one student event and decides that student's eligibility anew: facts, decisions and
 * {@code EligibilityDecided} in one write, then the county's list (put forward / withdraw).
 */
@Service
public class EligibilityDecisions {

    private final StudentEligibilityRepository students;
    private final Catalogue catalogue;
    private final SchoolFactsLookup schools;
    private final StudentsAwaitingSchools awaiting;
    private final AidEffects effects;
    private final Clock clock;

    EligibilityDecisions(StudentEligibilityRepository students, Catalogue catalogue, SchoolFactsLookup schools,
            StudentsAwaitingSchools awaiting, AidEffects effects, Clock clock, EligibilityProperties properties) {
        this.students = students;
        this.catalogue = catalogue;
        this.schools = schools;
        this.awaiting = awaiting;
        this.effects = effects;
        this.clock = clock.withZone(properties.timeZone());
    }

    /**
     * Applies the event with this sequence unless the student already reflects it (a duplicate or
     * an event that arrived late): then nothing changes, but the last decision's effects on the
     * county's list are asked for again, in case a crash came between the two writes.
     */
    public Mono<Void> apply(String studentId, long sequence, UnaryOperator<StudentEligibility> change,
            TraceContext trace) {
        return Mono.defer(() -> students.find(studentId).map(Optional::of).defaultIfEmpty(Optional.empty())
                        .flatMap(found -> {
                            StudentEligibility current = found.map(StoredStudent::student)
                                    .orElseGet(() -> StudentEligibility.unknown(studentId));
                            if (!current.isNewer(sequence)) {
                                return effects.apply(current, current.lastWithdrawals(), today());
                            }
                            return decideAndStore(found, change.apply(current), trace);
                        }))
                .retryWhen(onConflict());
    }

    /**
     * Applies a batch of student events (in record order) the way {@link #apply} applies one, with
     * a few reads and writes for the whole batch: every student read at once, the schools read once,
     * each student's events applied in sequence order in memory and the student decided once, the new
     * students inserted in one bulk write and the changed ones updated at their versions, then one
     * put-forward call with every eligible aid and one withdrawal call per reason.
     *
     * <p>An event not newer than what the student reflects changes nothing; a student whose events
     * all were so has the last decision's effects asked for again. A student whose write meets
     * another writer (already created, or changed since read) is applied again event by event
     * through {@link #apply}, alone.
     */
    public Mono<Void> applyAll(List<StudentEvent> events) {
        if (events.isEmpty()) {
            return Mono.empty();
        }
        Map<String, List<StudentEvent>> byStudent = new LinkedHashMap<>();
        for (StudentEvent event : events) {
            byStudent.computeIfAbsent(event.studentId(), id -> new ArrayList<>()).add(event);
        }
        // a stable sort: events of one sequence keep their record order
        byStudent.values().forEach(list -> list.sort(Comparator.comparingLong(StudentEvent::sequence)));
        LocalDate today = today();
        return Mono.zip(students.findAll(byStudent.keySet()), catalogue.inForceOn(today))
                .flatMap(t -> decideAll(byStudent, t.getT1(), t.getT2(), today));
    }

    private Mono<Void> decideAll(Map<String, List<StudentEvent>> byStudent, Map<String, StoredStudent> found,
            List<Programme> inForce, LocalDate today) {
        List<Changed> changed = new ArrayList<>();
        List<StudentEligibility> unchanged = new ArrayList<>();
        Set<String> schoolCodes = new HashSet<>();
        byStudent.forEach((studentId, studentEvents) -> {
            StoredStudent stored = found.get(studentId);
            StudentEligibility current = stored == null ? StudentEligibility.unknown(studentId) : stored.student();
            TraceContext trace = null;
            for (StudentEvent event : studentEvents) {
                if (current.isNewer(event.sequence())) {
                    current = event.change().apply(current);
                    trace = event.trace();
                }
            }
            if (trace == null) {
                unchanged.add(current);
            } else {
                changed.add(new Changed(Optional.ofNullable(stored), current, trace));
                if (current.schoolCode() != null) {
                    schoolCodes.add(current.schoolCode());
                }
            }
        });
        return schools.findAll(schoolCodes).flatMap(schoolFacts -> {
            Instant now = clock.instant();
            List<StudentWrite> inserts = new ArrayList<>();
            List<StudentWrite> updates = new ArrayList<>();
            List<Map.Entry<String, String>> waits = new ArrayList<>();
            Map<String, StudentEligibility> decidedStudents = new LinkedHashMap<>();
            Map<String, Map<String, String>> withdrawals = new HashMap<>();
            for (StudentEligibility student : unchanged) {
                decidedStudents.put(student.studentId(), student);
                withdrawals.put(student.studentId(), student.lastWithdrawals());
            }
            for (Changed change : changed) {
                String schoolCode = change.student().schoolCode();
                SchoolFacts school = schoolCode == null ? SchoolFacts.UNKNOWN : schoolFacts.get(schoolCode);
                if (school == null) {
                    waits.add(Map.entry(schoolCode, change.student().studentId()));
                }
                StudentEligibility.Decided decided = change.student().decide(inForce, today,
                        school == null ? SchoolFacts.UNKNOWN : school, now);
                if (change.stored().isEmpty()) {
                    inserts.add(new StudentWrite(0, decided.result(), change.trace()));
                } else if (!decided.student().equals(change.stored().get().student())) {
                    updates.add(new StudentWrite(change.stored().get().version(), decided.result(), change.trace()));
                }
                decidedStudents.put(decided.student().studentId(), decided.student());
                withdrawals.put(decided.student().studentId(), decided.withdrawals());
            }
            return Mono.zip(insertsOf(inserts), updatesOf(updates), (existing, stale) -> {
                        Set<String> conflicts = new HashSet<>(existing);
                        conflicts.addAll(stale);
                        return conflicts;
                    })
                    .flatMap(conflicts -> Flux.fromIterable(waits)
                            .filter(wait -> !conflicts.contains(wait.getValue()))
                            .concatMap(wait -> awaiting.await(wait.getKey(), wait.getValue()))
                            .then(Mono.defer(() -> {
                                List<StudentEligibility> written = decidedStudents.values().stream()
                                        .filter(student -> !conflicts.contains(student.studentId())).toList();
                                return effects.apply(written, withdrawals, today);
                            }))
                            .then(Flux.fromIterable(conflicts)
                                    .concatMap(studentId -> oneByOne(byStudent.get(studentId)))
                                    .then()));
        });
    }

    private Mono<List<String>> insertsOf(List<StudentWrite> inserts) {
        return inserts.isEmpty() ? Mono.just(List.of()) : students.insertAll(inserts);
    }

    private Mono<List<String>> updatesOf(List<StudentWrite> updates) {
        return updates.isEmpty() ? Mono.just(List.of()) : students.updateAll(updates);
    }

    /** A student whose batch write met another writer: each event again, alone, as it would come singly. */
    private Mono<Void> oneByOne(List<StudentEvent> events) {
        return Flux.fromIterable(events)
                .concatMap(event -> apply(event.studentId(), event.sequence(), event.change(), event.trace()))
                .then();
    }

    /** A student moved on by a batch's events, not yet decided. */
    private record Changed(Optional<StoredStudent> stored, StudentEligibility student, TraceContext trace) {
    }

    /** Decides a student again without a new event (the catalogue or the school changed). */
    public Mono<Void> redecide(String studentId, TraceContext trace) {
        return Mono.defer(() -> students.find(studentId)
                        .flatMap(found -> decideAndStore(Optional.of(found), found.student(), trace)))
                .retryWhen(onConflict());
    }

    private Mono<Void> decideAndStore(Optional<StoredStudent> found, StudentEligibility changed, TraceContext trace) {
        LocalDate today = today();
        String schoolCode = changed.schoolCode();
        Mono<Optional<SchoolFacts>> school = schoolCode == null ? Mono.just(Optional.of(SchoolFacts.UNKNOWN))
                : schools.find(schoolCode).map(Optional::of).defaultIfEmpty(Optional.empty());
        return Mono.zip(school, catalogue.inForceOn(today)).flatMap(t -> {
            StudentEligibility.Decided decided = changed.decide(t.getT2(), today, t.getT1().orElse(SchoolFacts.UNKNOWN),
                    clock.instant());
            Mono<Long> write;
            if (found.isEmpty()) {
                write = students.insert(decided.result(), trace);
            } else if (decided.student().equals(found.get().student())) {
                write = Mono.just(found.get().version());
            } else {
                write = students.update(found.get().version(), decided.result(), trace);
            }
            Mono<Void> await = t.getT1().isPresent() ? Mono.empty()
                    : awaiting.await(schoolCode, changed.studentId());
            return write.then(await).then(effects.apply(decided.student(), decided.withdrawals(), today));
        });
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Retry onConflict() {
        return Retry.backoff(5, Duration.ofMillis(20)).filter(e -> e instanceof StaleAggregateException
                || e instanceof AggregateAlreadyExistsException);
    }
}
