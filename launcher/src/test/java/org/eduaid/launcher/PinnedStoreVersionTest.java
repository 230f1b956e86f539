package org.eduaid.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long read while the store commits and compacts underneath it: the situation that made the
 * embedded store fail its reads under load. The store keeps no versions and no retention time here,
 * so the failure shows at once instead of after minutes of load.
 */
class PinnedStoreVersionTest {

    private static final int ENTRIES = 4_000;
    private static final String PAYLOAD = "x".repeat(50);

    @TempDir
    Path directory;

    Path storeFile;

    @BeforeEach
    void writeAStoreWhoseChunksAreHalfDead() {
        storeFile = directory.resolve("store.mv");
        try (MVStore store = openWithoutRetention()) {
            MVMap<String, String> data = store.openMap("data");
            for (int i = 0; i < ENTRIES; i++) {
                data.put(Integer.toString(i), PAYLOAD + i);
                commitEvery(1_000, i, store);
            }
            for (int i = 0; i < ENTRIES; i += 2) {
                data.put(Integer.toString(i), i + PAYLOAD);
                commitEvery(1_000, i, store);
            }
            store.commit();
        }
    }

    @Test
    void anUnpinnedWalkLosesPagesThatCompactionMovedAndFreed() {
        try (MVStore store = openWithoutRetention()) {
            assertThatThrownBy(() -> walkWhileCompacting(store))
                    .isInstanceOf(MVStoreException.class)
                    .hasMessageContaining("not found");
        }
    }

    @Test
    void aPinnedWalkReadsEveryEntryWhileTheStoreCompacts() {
        try (MVStore store = openWithoutRetention()) {
            int walked = new PinnedStoreVersion(store).during(() -> walkWhileCompacting(store));

            assertThat(walked).isEqualTo(ENTRIES);
        }
    }

    private static int walkWhileCompacting(MVStore store) {
        MVMap<String, String> data = store.openMap("data");
        MVMap<String, Integer> writes = store.openMap("writes");
        int walked = 0;
        Iterator<Map.Entry<String, String>> entries = data.entrySet().iterator();
        while (entries.hasNext()) {
            entries.next();
            walked++;
            if (walked % 1_000 == 0) {
                writes.put("walked", walked);
                store.commit();
                store.compact(95, 16 * 1024 * 1024);
            }
        }
        return walked;
    }

    private MVStore openWithoutRetention() {
        MVStore store = new MVStore.Builder().fileName(storeFile.toString()).open();
        store.setVersionsToKeep(0);
        store.setRetentionTime(0);
        return store;
    }

    private static void commitEvery(int entries, int index, MVStore store) {
        if (index % entries == 0) {
            store.commit();
        }
    }
}
