package org.eduaid.benchmarks.importing;

import java.util.OptionalDouble;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Asks the service for its heap every 250 ms while an import runs ({@code jvm.memory.used} and
 * {@code jvm.memory.committed}, tag {@code area:heap}) and keeps the largest of each. A sample only
 * sees the moment it is taken, so a peak between two samples is missed: the figure is a lower bound
 * of the true peak, and the {@code -Xmx} the service runs with is the hard bound (a service that
 * needs more fails with an OutOfMemoryError, which the run reports).
 */
final class HeapSampler implements AutoCloseable {

    static final long INTERVAL_MILLIS = 250;

    private final ImportApi api;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "benchmark-heap-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private double maxUsed;
    private double maxCommitted;
    private int samples;
    private int missed;

    private HeapSampler(ImportApi api) {
        this.api = api;
    }

    static HeapSampler start(ImportApi api) {
        HeapSampler sampler = new HeapSampler(api);
        sampler.timer.scheduleWithFixedDelay(sampler::sample, 0, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        return sampler;
    }

    private void sample() {
        try {
            OptionalDouble used = api.metric("jvm.memory.used", "area:heap", "VALUE");
            OptionalDouble committed = api.metric("jvm.memory.committed", "area:heap", "VALUE");
            synchronized (this) {
                if (used.isPresent()) {
                    samples++;
                    maxUsed = Math.max(maxUsed, used.getAsDouble());
                } else {
                    missed++;
                }
                committed.ifPresent(value -> maxCommitted = Math.max(maxCommitted, value));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops sampling and returns what was seen. */
    HeapPeak stop() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            return new HeapPeak((long) maxUsed, (long) maxCommitted, samples, missed);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /**
     * @param maxUsedBytes      the largest heap in use a sample saw
     * @param maxCommittedBytes the largest heap the JVM had reserved
     * @param samples           samples answered
     * @param missed            samples the actuator did not answer in time
     */
    record HeapPeak(long maxUsedBytes, long maxCommittedBytes, int samples, int missed) {

        static final HeapPeak NONE = new HeapPeak(0, 0, 0, 0);

        double maxUsedMegabytes() {
            return maxUsedBytes / (1024.0 * 1024.0);
        }

        double maxCommittedMegabytes() {
            return maxCommittedBytes / (1024.0 * 1024.0);
        }
    }
}
