package org.eduaid.benchmarks.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one client of the closed loop saw. A client has one request in flight at a time, so its
 * tally is written by one request after another and needs no locking; it is read once the run is over.
 */
final class ClientTally {

    private static final int ERROR_SAMPLES = 3;

    private long[] micros = new long[4_096];
    private int answered;
    private long errors;
    private final List<String> errorSamples = new ArrayList<>();

    void answered(long startedNanos, long endedNanos) {
        if (answered == micros.length) {
            micros = Arrays.copyOf(micros, micros.length * 2);
        }
        micros[answered++] = (endedNanos - startedNanos) / 1_000;
    }

    void failed(String what) {
        errors++;
        if (errorSamples.size() < ERROR_SAMPLES) {
            errorSamples.add(what);
        }
    }

    int answeredCount() {
        return answered;
    }

    long errors() {
        return errors;
    }

    List<String> errorSamples() {
        return errorSamples;
    }

    /** Appends this client's latencies to {@code all} from {@code offset}. */
    void copyLatencies(long[] all, int offset) {
        System.arraycopy(micros, 0, all, offset, answered);
    }
}
