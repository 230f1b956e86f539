package org.eduaid.kit.consumer;

import org.eduaid.kit.events.EventJson;

import io.micrometer.core.instrument.MeterRegistry;

/** Makes the input functions of a service; each is declared as a bean named after its binding. */
public final class EventConsumers {

    private final ProjectionStore store;
    private final EventJson json;
    private final RecordTracing tracing;
    private final MeterRegistry meters;

    public EventConsumers(ProjectionStore store, EventJson json, RecordTracing tracing, MeterRegistry meters) {
        this.store = store;
        this.json = json;
        this.tracing = tracing;
        this.meters = meters;
    }

    public IdempotentEventConsumer consumer(String name, EventHandlers handlers) {
        return new IdempotentEventConsumer(name, handlers, store, json, tracing, meters);
    }

    /**
     * A consumer that prepares each record's change and applies the changes of a whole batch at once
     * (see {@link BatchEventConsumer} for what happens to invalid records and failures).
     */
    public <C> BatchEventConsumer<C> batchConsumer(String name, Preparations<C> preparations, BatchApplier<C> applier) {
        return new BatchEventConsumer<>(name, preparations, applier, json, tracing, meters);
    }
}
