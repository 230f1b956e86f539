package org.eduaid.kit.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eduaid.kit.events.EventJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.messaging.Message;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.core.JacksonException;

/**
 * The input function of one consumer group: reads a batch of records, hands each valid event to its
 * handler, and stores all the resulting writes in bulk. Idempotent because every write is
 * conditional on the event being newer than what the row already reflects.
 *
 * <p>A record that breaks the contract stops the batch at that record: the records before it are
 * stored, and it is reported as a {@link BatchListenerFailedException} so that the container's
 * error handler dead-letters it at once (with the reason) and carries on with the records after it.
 * A handler that fails on a record is blamed on that record the same way, but retried first. A
 * failing store write fails the whole batch, which is retried until the store is back.
 */
public final class IdempotentEventConsumer implements Consumer<Message<List<byte[]>>> {

    private static final Logger log = LoggerFactory.getLogger(IdempotentEventConsumer.class);

    private final EventHandlers handlers;
    private final ProjectionStore store;
    private final InboundRecords reader;
    private final Counter applied;
    private final Counter rejected;

    public IdempotentEventConsumer(String name, EventHandlers handlers, ProjectionStore store, EventJson json,
            RecordTracing tracing, MeterRegistry meters) {
        this.handlers = handlers;
        this.store = store;
        this.reader = new InboundRecords(name, json, tracing);
        this.applied = Counter.builder("eduaid.consumer.events").tag("consumer", name).tag("outcome", "processed")
                .register(meters);
        this.rejected = Counter.builder("eduaid.consumer.events").tag("consumer", name).tag("outcome", "invalid")
                .register(meters);
    }

    @Override
    public void accept(Message<List<byte[]>> batch) {
        List<InboundRecords.RawRecord> records = InboundRecords.recordsOf(batch);
        log.debug("Received a batch of {} records", records.size());
        List<ProjectionWrite> writes = new ArrayList<>();
        for (int index = 0; index < records.size(); index++) {
            try {
                writes.addAll(handle(records.get(index)));
            } catch (InvalidEventException invalid) {
                store.apply(writes);
                applied.increment(index);
                rejected.increment();
                throw new BatchListenerFailedException(invalid.getMessage(), invalid, index);
            } catch (RuntimeException handlerFailure) {
                // blame this record alone: what came before it is kept, what follows is redelivered
                store.apply(writes);
                applied.increment(index);
                throw new BatchListenerFailedException(String.valueOf(handlerFailure.getMessage()), handlerFailure, index);
            }
        }
        store.apply(writes);
        applied.increment(records.size());
    }

    private List<ProjectionWrite> handle(InboundRecords.RawRecord record) {
        return reader.handle(record, type -> handlers.forType(type).map(EventHandlers.Registration::payloadType)
                .orElse(null), this::dispatch);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private List<ProjectionWrite> dispatch(InboundEvent<?> event) {
        EventHandler handler = handlers.forType(event.metadata().type()).orElseThrow().handler();
        return handler.handle(event);
    }

    /**
     * Where the payload could not be read, without Jackson's own message: that quotes the offending
     * token, which in an outside system's record may be an ID number or a name.
     */
    static String unreadablePart(JacksonException e) {
        return InboundRecords.unreadablePart(e);
    }
}
