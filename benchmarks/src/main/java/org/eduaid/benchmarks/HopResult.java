package org.eduaid.benchmarks;

import java.time.Duration;

/**
 * The hop's measurement with what explains it and what proves it right.
 *
 * @param expected the events imported; all of them must arrive
 * @param importBusy time the importing thread spent in {@code AggregateStore.insertAll}
 * @param consumerBusy time the consumer spent inside the kit's consumer (handlers and bulk writes)
 * @param consumerBatches batches the consumer received while measured
 * @param redelivered events stored a second time (at-least-once); not counted as throughput
 * @param projectionRows rows in the projection at the end; must equal the events
 * @param pendingAfter aggregates still holding unpublished events at the end; must be 0
 * @param complete whether every event arrived before the deadline; if not, the stage counts the
 *        events that did, and the checks are not judged
 */
public record HopResult(StageResult stage, int expected, Duration importBusy, Duration consumerBusy, int consumerBatches,
        long redelivered, long projectionRows, long pendingAfter, boolean complete) {

    /** Every event arrived, each school is in the projection once, nothing is left in the outbox. */
    public boolean verified() {
        return complete && projectionRows == expected && pendingAfter == 0;
    }

    /** A hop that finished but lost, duplicated or stranded events: a bug, not a slow run. */
    public boolean failedChecks() {
        return complete && !verified();
    }
}
