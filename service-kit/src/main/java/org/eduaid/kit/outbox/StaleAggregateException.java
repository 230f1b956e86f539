package org.eduaid.kit.outbox;

/** Somebody changed the aggregate after it was read (optimistic concurrency), or it is gone. */
public class StaleAggregateException extends RuntimeException {

    public StaleAggregateException(String collection, String aggregateId, long expectedVersion) {
        super(collection + " " + aggregateId + " is no longer at version " + expectedVersion);
    }
}
