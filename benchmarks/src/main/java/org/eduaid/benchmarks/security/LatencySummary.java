package org.eduaid.benchmarks.security;

import java.util.Arrays;

/**
 * The latencies of one measured case, in microseconds. Percentiles by nearest rank, so each is a
 * latency that was actually observed; the mean is what, with a fixed number of clients in a closed
 * loop, sets the throughput (Little's law).
 */
public record LatencySummary(int count, long p50Micros, long p99Micros, long maxMicros, double meanMicros) {

    public static LatencySummary of(long[] micros) {
        if (micros.length == 0) {
            throw new IllegalArgumentException("no latencies were recorded");
        }
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (long value : sorted) {
            sum += value;
        }
        return new LatencySummary(sorted.length, percentile(sorted, 0.50), percentile(sorted, 0.99),
                sorted[sorted.length - 1], sum / sorted.length);
    }

    /** The value at rank ceil(fraction × n) of the sorted values (1-based). */
    static long percentile(long[] sorted, double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
