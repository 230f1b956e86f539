package org.eduaid.kit.consumer;

import org.eduaid.contracts.envelope.EventMetadata;

/** An event as received: its envelope, read from the CloudEvents headers, and its typed payload. */
public record InboundEvent<T>(EventMetadata metadata, T data) {

    public String subject() {
        return metadata.subject();
    }

    public long sequence() {
        return metadata.sequence();
    }
}
