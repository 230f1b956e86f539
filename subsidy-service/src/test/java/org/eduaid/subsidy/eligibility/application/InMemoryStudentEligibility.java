package org.eduaid.subsidy.eligibility.application;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.AggregateAlreadyExistsException;
import org.eduaid.kit.outbox.StaleAggregateException;
import org.eduaid.subsidy.eligibility.domain.StudentEligibility;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The repository and the waiting list in memory, versioned like the aggregate store, recording the events. */
class InMemoryStudentEligibility implements StudentEligibilityRepository, StudentsAwaitingSchools {

    final Map<String, StoredStudent> rows = new ConcurrentHashMap<>();
    final Map<String, List<Object>> events = new ConcurrentHashMap<>();
    final Map<String, Set<String>> waits = new ConcurrentHashMap<>();
    /** Writes to fail as stale before the next one succeeds, to test the retry. */
    final AtomicInteger staleWrites = new AtomicInteger();

    @Override
    public Mono<StoredStudent> find(String studentId) {
        return Mono.justOrEmpty(rows.get(studentId));
    }

    @Override
    public Mono<Long> insert(ResultWithEvents<StudentEligibility> created, TraceContext trace) {
        String id = created.aggregate().studentId();
        if (rows.containsKey(id)) {
            return Mono.error(new AggregateAlreadyExistsException("student_eligibility", id));
        }
        return store(id, 0, created);
    }

    @Override
    public Mono<Long> update(long expectedVersion, ResultWithEvents<StudentEligibility> changed, TraceContext trace) {
        String id = changed.aggregate().studentId();
        if (staleWrites.getAndUpdate(n -> Math.max(0, n - 1)) > 0 || rows.get(id).version() != expectedVersion) {
            return Mono.error(new StaleAggregateException("student_eligibility", id, expectedVersion));
        }
        return store(id, expectedVersion, changed);
    }

    @Override
    public Mono<List<String>> updateAll(List<VersionedChange> changes, TraceContext trace) {
        List<String> stale = new java.util.ArrayList<>();
        for (VersionedChange change : changes) {
            String id = change.changed().aggregate().studentId();
            if (staleWrites.getAndUpdate(n -> Math.max(0, n - 1)) > 0 || !rows.containsKey(id)
                    || rows.get(id).version() != change.expectedVersion()) {
                stale.add(id);
            } else {
                store(id, change.expectedVersion(), change.changed());
            }
        }
        return Mono.just(stale);
    }

    private Mono<Long> store(String id, long version, ResultWithEvents<StudentEligibility> result) {
        long next = version + Math.max(1, result.events().size());
        rows.put(id, new StoredStudent(result.aggregate(), next));
        events.computeIfAbsent(id, k -> new java.util.concurrent.CopyOnWriteArrayList<>()).addAll(result.events());
        return Mono.just(next);
    }

    @Override
    public Mono<Map<String, StoredStudent>> findAll(Collection<String> studentIds) {
        Map<String, StoredStudent> found = new LinkedHashMap<>();
        studentIds.forEach(id -> {
            if (rows.containsKey(id)) {
                found.put(id, rows.get(id));
            }
        });
        return Mono.just(found);
    }

    @Override
    public Flux<StoredStudent> all() {
        return Flux.fromIterable(List.copyOf(rows.values()));
    }

    @Override
    public Mono<Long> count() {
        return Mono.just((long) rows.size());
    }

    @Override
    public Mono<Page<StoredStudent>> eligibleIn(String countyCode, String programmeCode, String schoolCode, int page,
            int size) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Mono<Void> await(String schoolCode, String studentId) {
        return Mono.fromRunnable(() -> waits.computeIfAbsent(schoolCode, k -> ConcurrentHashMap.newKeySet())
                .add(studentId));
    }

    @Override
    public Mono<Map<String, Set<String>>> waiting(int limit) {
        return Mono.just(Map.copyOf(waits));
    }

    @Override
    public Mono<Void> done(String schoolCode, Collection<String> studentIds) {
        return Mono.fromRunnable(() -> waits.getOrDefault(schoolCode, Set.of()).removeAll(studentIds));
    }
}
