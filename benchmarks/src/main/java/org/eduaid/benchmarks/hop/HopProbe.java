package org.eduaid.benchmarks.hop;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.eduaid.benchmarks.SchoolSeries;
import org.eduaid.contracts.envelope.CloudEventHeaders;

/**
 * What the benchmark sees of the consumer: which events of the series it waits for are in the
 * projection, how long after they occurred each got there, and how busy the consumer was.
 * Counts each school once, so a redelivered event neither ends the wait early nor skews the
 * latencies; the moment the last one is stored is taken by the consumer thread, not by whoever
 * wakes up to read it.
 */
public final class HopProbe {

    private SchoolSeries series = SchoolSeries.WARM_UP;
    private BitSet stored = new BitSet();
    private long[] latenciesMillis = new long[0];
    private int storedCount;
    private long redelivered;
    private long completedAtNanos;
    private long consumerNanos;
    private int batches;

    /** Starts waiting for {@code events} schools of {@code series}, forgetting everything before. */
    public synchronized void expect(SchoolSeries series, int events) {
        this.series = series;
        this.stored = new BitSet(events);
        this.latenciesMillis = new long[events];
        this.storedCount = 0;
        this.redelivered = 0;
        this.completedAtNanos = 0;
        this.consumerNanos = 0;
        this.batches = 0;
    }

    synchronized void batchStored(List<Map<String, Object>> headers, long storedAtMillis, long busyNanos) {
        consumerNanos += busyNanos;
        batches++;
        for (Map<String, Object> record : headers) {
            int index = series.indexOf(text(record.get(CloudEventHeaders.SUBJECT)));
            if (index < 0 || index >= latenciesMillis.length) {
                continue;
            }
            if (stored.get(index)) {
                redelivered++;
                continue;
            }
            stored.set(index);
            Instant occurredAt = Instant.parse(text(record.get(CloudEventHeaders.TIME)));
            latenciesMillis[storedCount++] = storedAtMillis - occurredAt.toEpochMilli();
        }
        if (storedCount == latenciesMillis.length && completedAtNanos == 0) {
            completedAtNanos = System.nanoTime();
            notifyAll();
        }
    }

    /**
     * Waits until every expected school is stored or the deadline passed, and says how far it got.
     *
     * @param deadlineNanos a {@link System#nanoTime()} value
     */
    public synchronized Progress awaitUntil(long deadlineNanos) throws InterruptedException {
        long remaining;
        while (completedAtNanos == 0 && (remaining = deadlineNanos - System.nanoTime()) > 0) {
            wait(Math.max(1, remaining / 1_000_000));
        }
        return new Progress(storedCount, completedAtNanos, Arrays.copyOf(latenciesMillis, storedCount), redelivered,
                Duration.ofNanos(consumerNanos), batches);
    }

    private static String text(Object header) {
        return header instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : header == null ? null : header.toString();
    }

    /**
     * @param stored schools of the series in the projection
     * @param completedAtNanos {@link System#nanoTime()} when the last one was stored; 0 if not all were
     * @param latenciesMillis per stored school: batch write returned minus the event's {@code ce_time}
     * @param redelivered events of the series stored a second time (at-least-once at work)
     * @param consumerBusy time spent inside the kit's consumer (handlers and bulk writes)
     * @param batches batches the consumer received
     */
    public record Progress(int stored, long completedAtNanos, long[] latenciesMillis, long redelivered,
            Duration consumerBusy, int batches) {

        public boolean complete() {
            return completedAtNanos != 0;
        }
    }
}
