package org.eduaid.benchmarks.security;

import java.util.Arrays;
import java.util.Locale;

/** In what order the four cases are measured. */
enum Schedule {

    /**
     * Security off (its two JVMs alone), then security on: each configuration's cases in one run of
     * {@code --duration} each. What issue 3 asks for; on a machine whose other load changes between
     * the halves, the second half's numbers move with it.
     */
    SEQUENTIAL,

    /**
     * Both configurations side by side (four JVMs; the idle pair costs about 1 % of a core), each
     * service on its own database seeded alike, and the four cases measured in {@code --slices}
     * alternating slices, the order rotated each time, so that a change of the machine's other load
     * falls on every case alike.
     */
    INTERLEAVED;

    static Schedule named(String name) {
        return Arrays.stream(values()).filter(schedule -> schedule.label().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown schedule " + name + "; known: sequential, "
                        + "interleaved"));
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
