package org.eduaid.enrollment.student.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eduaid.enrollment.person.PersonId;
import org.eduaid.enrollment.student.domain.Student;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;

import reactor.core.publisher.Mono;

/** Where students are kept, each with its pending events and a version for optimistic concurrency. */
public interface StudentRepository {

    /** Stores a new student; fails with {@code AggregateAlreadyExistsException} if the id is taken. */
    Mono<Long> add(ResultWithEvents<Student> registered, TraceContext trace);

    /** Stores many new students in one bulk write; returns the ids that were already taken (not written). */
    Mono<List<PersonId>> addAll(List<ResultWithEvents<Student>> registered, TraceContext trace);

    /** Writes a change made to the student read at {@code expectedVersion}; stale → {@code StaleAggregateException}. */
    Mono<Long> update(long expectedVersion, ResultWithEvents<Student> changed, TraceContext trace);

    Mono<StoredStudent> find(PersonId id);

    /** The stored students among {@code ids}, in one query. */
    Mono<Map<PersonId, StoredStudent>> findAll(Collection<PersonId> ids);

    Mono<Page<StoredStudent>> search(StudentQuery query);

    /**
     * Remembers each student's identity key (name, sex and birth date, hashed) and returns the stored
     * students who share one with another student: the candidates for a duplicate review.
     */
    Mono<List<StoredStudent>> lookAlikes(Map<PersonId, String> identityKeys);
}
