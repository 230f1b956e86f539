package org.eduaid.benchmarks;

import java.util.Arrays;

/** Percentiles of per-event latencies, in milliseconds (nearest rank: always a latency that was observed). */
public record Latency(long p50Millis, long p99Millis, long maxMillis) {

    public static Latency of(long[] millis) {
        if (millis.length == 0) {
            throw new IllegalArgumentException("no latencies were recorded");
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Latency(percentile(sorted, 0.50), percentile(sorted, 0.99), sorted[sorted.length - 1]);
    }

    private static long percentile(long[] sorted, double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
