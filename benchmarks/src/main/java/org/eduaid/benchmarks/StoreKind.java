package org.eduaid.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;

import org.eduaid.launcher.EmbeddedStoreBackend;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** The MongoDB backends the benchmark can run on: one column of the result table each. */
public enum StoreKind {

    /** mongo-java-server on an H2 MVStore file, exactly as the platform's embedded launcher runs it. */
    H2("h2") {
        @Override
        MongoBackend backend(Path scratchDirectory) {
            return EmbeddedStoreBackend.open(scratchDirectory.resolve("benchmark.mv"));
        }
    },

    /** mongo-java-server in memory: the store without the file, to tell storage cost from protocol cost. */
    MEMORY("memory") {
        @Override
        MongoBackend backend(Path scratchDirectory) {
            return new MemoryBackend();
        }
    };

    private final String label;

    StoreKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    abstract MongoBackend backend(Path scratchDirectory);

    public static StoreKind named(String label) {
        return Arrays.stream(values()).filter(kind -> kind.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown store " + label));
    }

    @Override
    public String toString() {
        return label;
    }
}
