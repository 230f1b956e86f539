package org.eduaid.kit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;
import org.eduaid.contracts.enrollment.SchoolRegistered;
import org.eduaid.kit.consumer.BatchEventConsumer;
import org.eduaid.kit.consumer.EventConsumers;
import org.eduaid.kit.consumer.EventHandlers;
import org.eduaid.kit.consumer.IdempotentEventConsumer;
import org.eduaid.kit.consumer.InvalidEventException;
import org.eduaid.kit.consumer.Preparations;
import org.eduaid.kit.consumer.PreparedEvent;
import org.eduaid.kit.consumer.ProjectionStore;
import org.eduaid.kit.consumer.ProjectionWrite;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.outbox.AggregateStoreFactory;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;

/** A minimal service built on the kit: one aggregate collection and one consumer, for the kit's own tests. */
@SpringBootApplication
public class KitTestApplication {

    /** Schools whose events the consumer fails on as if its store were down, to exercise retries. */
    public static final Set<String> FAILING_SUBJECTS = ConcurrentHashMap.newKeySet();
    public static final AtomicInteger FAILED_ATTEMPTS = new AtomicInteger();
    /** The trace id each school's event was handled in, by school code. */
    public static final Map<String, String> HANDLED_IN_TRACE = new ConcurrentHashMap<>();

    /** The topic and group of the batch consumer's tests. */
    public static final String BATCH_TOPIC = "kit-test.batches";
    public static final String BATCH_GROUP = "kit-test-batches";
    /** Subjects whose change the batch applier fails on, as a record it cannot apply would. */
    public static final Set<String> FAILING_CHANGES = ConcurrentHashMap.newKeySet();
    /** How often each subject's change was applied (successfully), and the size of every applier call. */
    public static final Map<String, AtomicInteger> APPLIED = new ConcurrentHashMap<>();
    public static final List<Integer> APPLIER_CALLS = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The trace id each subject's change was prepared in. */
    public static final Map<String, String> PREPARED_IN_TRACE = new ConcurrentHashMap<>();

    /** A change of the batch consumer's tests: a school copy's name at a sequence. */
    public record SchoolName(String code, long sequence, String name) {
    }

    @Bean
    BatchEventConsumer<SchoolName> schoolBatches(EventConsumers consumers, ProjectionStore store, Tracer tracer) {
        return consumers.batchConsumer("schoolBatches", Preparations.<SchoolName>builder()
                .on(SchoolRegistered.class, event -> {
                    Span current = tracer.currentSpan();
                    PREPARED_IN_TRACE.put(event.subject(), current == null ? "none" : current.context().traceId());
                    if ("invalid".equals(event.data().name())) {
                        throw new InvalidEventException("SchoolRegistered named invalid");
                    }
                    return new SchoolName(event.subject(), event.sequence(), event.data().name());
                })
                .build(), changes -> {
                    APPLIER_CALLS.add(changes.size());
                    for (PreparedEvent<SchoolName> change : changes) {
                        if (FAILING_CHANGES.contains(change.subject())) {
                            throw new IllegalStateException("simulated change that cannot be applied");
                        }
                    }
                    store.apply(changes.stream().map(change -> (ProjectionWrite) ProjectionWrite.upsertIfNewer(
                            "batch_copies", change.subject(), change.sequence(),
                            new Document("name", change.change().name()))).toList());
                    changes.forEach(change -> APPLIED.computeIfAbsent(change.subject(), s -> new AtomicInteger())
                            .incrementAndGet());
                });
    }

    @Bean
    AggregateStore widgetStore(AggregateStoreFactory stores) {
        return stores.forCollection("widgets");
    }

    @Bean
    IdempotentEventConsumer schoolCopies(EventConsumers consumers, Tracer tracer) {
        return consumers.consumer("schoolCopies", EventHandlers.builder()
                .on(SchoolRegistered.class, event -> {
                    Span current = tracer.currentSpan();
                    HANDLED_IN_TRACE.put(event.subject(), current == null ? "none" : current.context().traceId());
                    if (FAILING_SUBJECTS.contains(event.subject())) {
                        FAILED_ATTEMPTS.incrementAndGet();
                        throw new IllegalStateException("simulated store outage");
                    }
                    return List.of(ProjectionWrite.upsertIfNewer("school_copies", event.subject(), event.sequence(),
                            new Document("name", event.data().name())));
                })
                .build());
    }
}
