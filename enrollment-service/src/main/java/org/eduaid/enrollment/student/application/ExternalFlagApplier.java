package org.eduaid.enrollment.student.application;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.eduaid.enrollment.household.application.ExternalFlags;
import org.eduaid.enrollment.household.application.StudentFlagSync;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.enrollment.student.domain.FlagName;
import org.eduaid.enrollment.student.domain.FlagSetting;
import org.eduaid.enrollment.student.domain.Student;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.StaleAggregateException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Applies what outside systems recorded about a student's flags: from the household consumers one
 * record at a time ({@link StudentFlagSync}), and at registration everything already reported.
 * Each record is time-checked per flag and source by the student, so late and duplicated
 * deliveries change nothing; a concurrent change of the student is retried on a fresh read.
 */
@Service
public class ExternalFlagApplier implements StudentFlagSync {

    private static final int ATTEMPTS = 5;

    private final StudentRepository students;
    private final Clock clock;

    public ExternalFlagApplier(StudentRepository students, Clock clock) {
        this.students = students;
        this.clock = clock;
    }

    /**
     * @throws IllegalArgumentException (as the error signal) for a record naming an unknown flag or
     *         an incomplete disability: the caller should dead-letter it
     */
    @Override
    public Mono<Boolean> apply(ExternalFlags record, TraceContext trace) {
        return applyAll(record.person(), List.of(record), trace).map(StoredStudent::version)
                .map(ignored -> true).defaultIfEmpty(false)
                .onErrorResume(NoChange.class, e -> Mono.just(false));
    }

    /**
     * Applies the records to the student, oldest first; empty when there is no such student.
     * Completes with {@link NoChange} as error when nothing changed (kept internal).
     */
    Mono<StoredStudent> applyAll(PersonId id, List<ExternalFlags> records, TraceContext trace) {
        List<ExternalFlags> ordered = records.stream().sorted(Comparator.comparing(ExternalFlags::recordedAt)).toList();
        return Mono.defer(() -> students.find(id).flatMap(stored -> {
                    ResultWithEvents<Student> result = ResultWithEvents.of(stored.student());
                    for (ExternalFlags record : ordered) {
                        ResultWithEvents<Student> next = result.aggregate().hear(settingOf(record), record.source(),
                                record.effectiveOn(), record.recordedAt(), clock.instant());
                        result = Results.chain(result, next);
                    }
                    if (result.aggregate().equals(stored.student())) {
                        return Mono.error(new NoChange());
                    }
                    Student changed = result.aggregate();
                    return students.update(stored.version(), result, trace)
                            .map(version -> new StoredStudent(changed, version));
                }))
                .retryWhen(Retry.backoff(ATTEMPTS - 1, Duration.ofMillis(5))
                        .filter(StaleAggregateException.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
    }

    /** Like {@link #applyAll} but with the student as it stands whether or not anything changed. */
    Mono<StoredStudent> applyOrKeep(StoredStudent stored, List<ExternalFlags> records, TraceContext trace) {
        if (records == null || records.isEmpty()) {
            return Mono.just(stored);
        }
        return applyAll(stored.student().id(), records, trace)
                .onErrorResume(NoChange.class, e -> Mono.just(stored))
                .defaultIfEmpty(stored);
    }

    static FlagSetting settingOf(ExternalFlags record) {
        FlagName flag = FlagName.parse(record.flag());
        if (flag == FlagName.LEFT_BEHIND || flag == FlagName.RELOCATED) {
            throw new IllegalArgumentException("outside systems do not report " + flag);
        }
        return new FlagSetting(flag, record.on(), record.disabilityKind(), record.disabilityGrade());
    }

    /** Nothing to write: the records were old, duplicated, or said what the student already shows. */
    static final class NoChange extends RuntimeException {
        NoChange() {
            super(null, null, false, false);
        }
    }
}
