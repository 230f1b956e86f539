package org.eduaid.launcher;

import java.util.function.Supplier;

import org.h2.mvstore.MVStore;

/**
 * Keeps the MVStore version a piece of work reads from alive until the work is done.
 *
 * <p>mongo-java-server answers a query by walking an H2 map from the root it finds when it starts.
 * Meanwhile other connections write, the store commits new versions, and compaction moves live pages
 * out of half-empty chunks and frees those chunks. Nothing tells the store that a walk still needs the
 * old pages, so once the retention time has passed it frees their chunks and the walk fails with
 * "Chunk … not found" (h2database#4383, open in 2.4.240). A registered version usage is H2's own way of
 * saying "a reader is on this version": chunks it needs are kept until the usage is deregistered.
 */
final class PinnedStoreVersion {

    private final MVStore store;

    PinnedStoreVersion(MVStore store) {
        this.store = store;
    }

    <T> T during(Supplier<T> work) {
        MVStore.TxCounter usage = store.registerVersionUsage();
        try {
            return work.get();
        } finally {
            store.deregisterVersionUsage(usage);
        }
    }
}
