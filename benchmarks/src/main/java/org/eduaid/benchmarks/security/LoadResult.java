package org.eduaid.benchmarks.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A measured load: the requests answered 200 (with the school asked for), the ones that were not,
 * how long it ran, and the latency of each good answer in microseconds, kept so that the slices of
 * an interleaved run can be merged into one case.
 */
record LoadResult(int answered, long errors, Duration elapsed, long[] micros, List<String> errorSamples) {

    private static final int ERROR_SAMPLES = 3;

    LoadResult {
        errorSamples = List.copyOf(errorSamples);
    }

    static LoadResult of(List<ClientTally> clients, Duration elapsed) {
        int answered = clients.stream().mapToInt(ClientTally::answeredCount).sum();
        long[] micros = new long[answered];
        int offset = 0;
        long errors = 0;
        List<String> samples = new ArrayList<>();
        for (ClientTally client : clients) {
            client.copyLatencies(micros, offset);
            offset += client.answeredCount();
            errors += client.errors();
            samples.addAll(client.errorSamples());
        }
        return new LoadResult(answered, errors, elapsed, micros, samples.subList(0, Math.min(ERROR_SAMPLES, samples.size())));
    }

    /** One result from several runs of the same case: their requests, errors, times and latencies together. */
    static LoadResult merge(List<LoadResult> runs) {
        int answered = runs.stream().mapToInt(LoadResult::answered).sum();
        long[] micros = new long[answered];
        int offset = 0;
        Duration elapsed = Duration.ZERO;
        List<String> samples = new ArrayList<>();
        for (LoadResult run : runs) {
            System.arraycopy(run.micros, 0, micros, offset, run.answered);
            offset += run.answered;
            elapsed = elapsed.plus(run.elapsed);
            samples.addAll(run.errorSamples);
        }
        return new LoadResult(answered, runs.stream().mapToLong(LoadResult::errors).sum(), elapsed, micros,
                samples.subList(0, Math.min(ERROR_SAMPLES, samples.size())));
    }

    /** @throws IllegalArgumentException when nothing was answered */
    LatencySummary latency() {
        return LatencySummary.of(micros);
    }

    double perSecond() {
        return answered / (elapsed.toNanos() / 1e9);
    }
}
