package org.eduaid.enrollment.roster.application;

import java.util.EnumMap;
import java.util.Map;

/** What a comparison (or one batch of it) found: children examined, suspected by reason, cases opened. */
public record ComparisonCounts(long examined, Map<Suspicion.Reason, Long> suspectedByReason, long casesOpened) {

    public ComparisonCounts {
        EnumMap<Suspicion.Reason, Long> all = new EnumMap<>(Suspicion.Reason.class);
        for (Suspicion.Reason reason : Suspicion.Reason.values()) {
            all.put(reason, suspectedByReason.getOrDefault(reason, 0L));
        }
        suspectedByReason = Map.copyOf(all);
    }

    public static ComparisonCounts none() {
        return new ComparisonCounts(0, Map.of(), 0);
    }

    public long suspected() {
        return suspectedByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    public ComparisonCounts plus(ComparisonCounts other) {
        EnumMap<Suspicion.Reason, Long> sum = new EnumMap<>(Suspicion.Reason.class);
        suspectedByReason.forEach((reason, count) -> sum.put(reason, count + other.suspectedByReason.get(reason)));
        return new ComparisonCounts(examined + other.examined, sum, casesOpened + other.casesOpened);
    }
}
