package org.eduaid.subsidy.eligibility.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.AggregateAlreadyExistsException;
import org.eduaid.kit.outbox.StaleAggregateException;
import org.eduaid.subsidy.eligibility.domain.StudentEligibility;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code student_eligibility}: the aggregate with its outbox, and the reads lists and runs need. */
public interface StudentEligibilityRepository {

    Mono<StoredStudent> find(String studentId);

    /** Fails with {@code AggregateAlreadyExistsException} when another writer created it first. */
    Mono<Long> insert(ResultWithEvents<StudentEligibility> created, TraceContext trace);

    /** Fails with {@code StaleAggregateException} when it changed since {@code expectedVersion}. */
    Mono<Long> update(long expectedVersion, ResultWithEvents<StudentEligibility> changed, TraceContext trace);

    /**
     * Many changes in one bulk write, each stored only if its student is still at the version it was
     * read at; at most one change per student.
     *
     * @return the ids of the students that changed meanwhile (or are gone): nothing of theirs was stored
     */
    Mono<List<String>> updateAll(List<VersionedChange> changes, TraceContext trace);

    /**
     * New students in one bulk write, each with its events; returns the ids that were already stored
     * (another writer created them first), which are left as they were.
     */
    default Mono<List<String>> insertAll(List<StudentWrite> created) {
        return Flux.fromIterable(created)
                .concatMap(write -> insert(write.result(), write.trace()).then(Mono.<String>empty())
                        .onErrorResume(AggregateAlreadyExistsException.class, e -> Mono.just(write.studentId())))
                .collectList();
    }

    /**
     * Changes of many students, each only if still at its {@code expectedVersion}; returns the ids
     * that were not (stale), which are left as they were. Every versioned write of a batch goes through
     * here, so a bulk write of the store can replace the loop.
     */
    default Mono<List<String>> updateAll(List<StudentWrite> changed) {
        return Flux.fromIterable(changed)
                .concatMap(write -> update(write.expectedVersion(), write.result(), write.trace())
                        .then(Mono.<String>empty())
                        .onErrorResume(StaleAggregateException.class, e -> Mono.just(write.studentId())))
                .collectList();
    }

    /** The students among these ids, read in slices by id. */
    Mono<Map<String, StoredStudent>> findAll(Collection<String> studentIds);

    /** Every student, in one pass over the collection (no order). */
    Flux<StoredStudent> all();

    Mono<Long> count();

    /**
     * The students of a county eligible for a programme ({@code null}: for any), optionally of one
     * school, in student id order.
     */
    Mono<Page<StoredStudent>> eligibleIn(String countyCode, String programmeCode, String schoolCode, int page,
            int size);

    /** A change to a student read at {@code expectedVersion}. */
    record VersionedChange(long expectedVersion, ResultWithEvents<StudentEligibility> changed) {
    }
}
