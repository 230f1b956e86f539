package org.eduaid.kit.consumer;

import org.eduaid.contracts.envelope.EventMetadata;

/** A record's change as its {@link EventPreparation} made it, with the record's envelope. */
public record PreparedEvent<C>(EventMetadata metadata, C change) {

    public String subject() {
        return metadata.subject();
    }

    public long sequence() {
        return metadata.sequence();
    }
}
