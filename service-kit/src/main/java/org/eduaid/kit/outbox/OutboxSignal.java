package org.eduaid.kit.outbox;

import java.util.concurrent.atomic.AtomicReference;

/** Lets a store wake the relay right after a write, without the two knowing each other. */
public final class OutboxSignal {

    private final AtomicReference<Runnable> listener = new AtomicReference<>(() -> { });

    void listen(Runnable onWrite) {
        listener.set(onWrite);
    }

    void fire() {
        listener.get().run();
    }
}
