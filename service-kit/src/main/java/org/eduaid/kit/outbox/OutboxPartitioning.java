package org.eduaid.kit.outbox;

/**
 * Splits aggregates into a fixed number of relay partitions by id, so that several replicas can
 * each lease some partitions and every aggregate's events still go out through one relay, in order.
 */
public record OutboxPartitioning(int partitions) {

    public OutboxPartitioning {
        if (partitions < 1) {
            throw new IllegalArgumentException("at least one outbox partition is needed");
        }
    }

    public int partitionOf(String aggregateId) {
        return Math.floorMod(aggregateId.hashCode(), partitions);
    }
}
