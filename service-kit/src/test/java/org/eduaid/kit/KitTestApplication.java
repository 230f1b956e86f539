package org.eduaid.kit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;
import org.eduaid.contracts.enrollment.SchoolRegistered;
import org.eduaid.kit.consumer.EventConsumers;
import org.eduaid.kit.consumer.EventHandlers;
import org.eduaid.kit.consumer.IdempotentEventConsumer;
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
