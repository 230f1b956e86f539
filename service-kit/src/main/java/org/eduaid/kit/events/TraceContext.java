package org.eduaid.kit.events;

import java.util.UUID;

/** What ties an event to the request that caused it: a correlation id and, if traced, the W3C traceparent. */
public record TraceContext(String correlationId, String traceparent) {

    public static TraceContext fresh() {
        return new TraceContext(UUID.randomUUID().toString(), null);
    }
}
