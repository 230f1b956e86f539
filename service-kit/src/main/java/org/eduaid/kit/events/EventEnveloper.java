package org.eduaid.kit.events;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eduaid.contracts.EventCatalog;
import org.eduaid.contracts.EventTypes;
import org.eduaid.contracts.envelope.EventMetadata;

/**
 * Wraps the events an aggregate raised in their envelopes: a fresh id, the logical type, the
 * producing service, and consecutive sequence numbers continuing the aggregate's history.
 */
public final class EventEnveloper {

    private final String source;
    private final EventJson json;
    private final Clock clock;

    public EventEnveloper(String source, EventJson json, Clock clock) {
        this.source = source;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param sequenceBefore the number of events the aggregate had raised before these
     */
    public List<OutboundEvent> envelope(String aggregateId, long sequenceBefore, List<?> events, TraceContext trace) {
        Instant now = clock.instant();
        List<OutboundEvent> enveloped = new ArrayList<>(events.size());
        long sequence = sequenceBefore;
        for (Object event : events) {
            sequence++;
            EventMetadata metadata = new EventMetadata(UUID.randomUUID().toString(),
                    EventTypes.logicalTypeOf(event.getClass()), source, aggregateId, sequence, now,
                    trace.correlationId());
            enveloped.add(new OutboundEvent(metadata, EventCatalog.topicOf(event.getClass()).name(),
                    new String(json.write(event), StandardCharsets.UTF_8), trace.traceparent()));
        }
        return List.copyOf(enveloped);
    }

    public String source() {
        return source;
    }
}
