package org.eduaid.kit.outbox;

import java.util.Collection;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

/**
 * Tells the relay right after a write which aggregates have new events, so it can look them up by
 * id instead of waiting for its next sweep, without the store and the relay knowing each other.
 */
public final class OutboxSignal {

    private final AtomicReference<BiConsumer<String, Collection<String>>> listener =
            new AtomicReference<>((collection, ids) -> { });

    void listen(BiConsumer<String, Collection<String>> onWrite) {
        listener.set(onWrite);
    }

    void fire(String collection, Collection<String> aggregateIds) {
        listener.get().accept(collection, aggregateIds);
    }
}
