package org.eduaid.benchmarks;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One measured stage: how many events were done in how long and, where it means something, how
 * late each event arrived.
 */
public record StageResult(String stage, int events, Duration elapsed, Optional<Latency> latency) {

    public static StageResult of(String stage, int events, long elapsedNanos) {
        return new StageResult(stage, events, Duration.ofNanos(elapsedNanos), Optional.empty());
    }

    /** The run with the median time: a short stage is easily disturbed, one way or the other. */
    public static StageResult median(List<StageResult> runs) {
        List<StageResult> byTime = runs.stream().sorted(Comparator.comparing(StageResult::elapsed)).toList();
        return byTime.get(byTime.size() / 2);
    }

    public double seconds() {
        return elapsed.toNanos() / 1e9;
    }

    public double perSecond() {
        return events / seconds();
    }
}
