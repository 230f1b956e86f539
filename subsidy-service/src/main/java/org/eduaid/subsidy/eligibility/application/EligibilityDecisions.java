package org.eduaid.subsidy.eligibility.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.AggregateAlreadyExistsException;
import org.eduaid.kit.outbox.StaleAggregateException;
import org.eduaid.subsidy.catalogue.application.Catalogue;
import org.eduaid.subsidy.eligibility.config.EligibilityProperties;
import org.eduaid.subsidy.eligibility.domain.SchoolFacts;
import org.eduaid.subsidy.eligibility.domain.StudentEligibility;
import org.springframework.stereotype.Service;

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
