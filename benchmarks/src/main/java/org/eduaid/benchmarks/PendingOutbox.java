package org.eduaid.benchmarks;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.eduaid.kit.events.OutboundEvent;

/**
 * An aggregate's document with one event pending in its outbox, as the kit's {@code AggregateStore}
 * stores it ({@code _outbox}, {@code _outboxSince}, {@code _outboxPartition}): what the raw store
 * baselines write so that they move about as many bytes as the services do.
 */
public final class PendingOutbox {

    /** The outbox partitions the kit's relay spreads aggregates over. */
    public static final int PARTITIONS = 8;

    private PendingOutbox() {
    }

    /** {@code state} with {@code event} pending since {@code since}, partitioned by {@code aggregateId}. */
    public static Document append(Document state, OutboundEvent event, Instant since, String aggregateId) {
        Document pending = new Document("id", event.metadata().id())
                .append("type", event.metadata().type())
                .append("source", event.metadata().source())
                .append("subject", event.metadata().subject())
                .append("sequence", event.metadata().sequence())
                .append("occurredAt", Date.from(event.metadata().occurredAt()))
                .append("correlationId", event.metadata().correlationId())
                .append("topic", event.topic())
                .append("payload", event.payload())
                .append("traceparent", event.traceparent());
        return state.append("_outbox", List.of(pending))
                .append("_outboxSince", Date.from(since))
                .append("_outboxPartition", Math.floorMod(aggregateId.hashCode(), PARTITIONS));
    }
}
