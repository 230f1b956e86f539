package org.eduaid.kit.outbox;

/** An aggregate with this id is already stored. */
public class AggregateAlreadyExistsException extends RuntimeException {

    private final String aggregateId;

    public AggregateAlreadyExistsException(String collection, String aggregateId) {
        super(collection + " already holds " + aggregateId);
        this.aggregateId = aggregateId;
    }

    public String aggregateId() {
        return aggregateId;
    }
}
