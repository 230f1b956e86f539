package org.eduaid.kit.events;

import org.eduaid.contracts.envelope.EventMetadata;

/** An event ready for the wire: its envelope, topic, JSON payload and the trace it belongs to. */
public record OutboundEvent(EventMetadata metadata, String topic, String payload, String traceparent) {
}
