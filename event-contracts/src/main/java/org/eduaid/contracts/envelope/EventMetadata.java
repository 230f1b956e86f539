package org.eduaid.contracts.envelope;

import java.time.Instant;

/**
 * The envelope of every event, carried in {@link CloudEventHeaders}: a unique id, the logical type,
 * the producing service, the aggregate it is about, its position in that aggregate's history
 * (1, 2, 3, ...), when it happened, and the id that ties it to the request that caused it.
 */
public record EventMetadata(String id, String type, String source, String subject, long sequence,
        Instant occurredAt, String correlationId) {
}
