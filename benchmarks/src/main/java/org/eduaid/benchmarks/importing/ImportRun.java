package org.eduaid.benchmarks.importing;

import java.time.Duration;

/**
 * One import of the file, as measured: from the first byte of the upload until the status said
 * COMPLETED or FAILED, the service's heap meanwhile, and the created events seen on Kafka.
 *
 * @param stage           the table's label
 * @param rows            rows of the file (without its header)
 * @param status          the import's last status
 * @param elapsed         upload start until the poll that saw the import finished (250 ms resolution)
 * @param heap            the service's heap while it ran
 * @param gc              the service's garbage collection while it ran
 * @param events          created events seen on Kafka that belong to this run
 * @param lastEventAfter  upload start until the last of them was seen; {@code null} when none was
 * @param eventsComplete  whether every created row's event was seen within the deadline
 */
record ImportRun(String stage, long rows, ImportStatus status, Duration elapsed, HeapSampler.HeapPeak heap, Gc gc,
        long events, Duration lastEventAfter, boolean eventsComplete) {

    double seconds() {
        return elapsed.toNanos() / 1e9;
    }

    double rowsPerSecond() {
        return rows / seconds();
    }

    /**
     * Pauses of the service's collector during the run ({@code jvm.gc.pause}: COUNT and TOTAL_TIME);
     * negative when the actuator did not say.
     */
    record Gc(long pauses, double pausedSeconds) {

        static final Gc UNKNOWN = new Gc(-1, -1);

        boolean known() {
            return pauses >= 0;
        }

        Gc since(Gc before) {
            return known() && before.known() ? new Gc(pauses - before.pauses, pausedSeconds - before.pausedSeconds)
                    : UNKNOWN;
        }
    }
}
