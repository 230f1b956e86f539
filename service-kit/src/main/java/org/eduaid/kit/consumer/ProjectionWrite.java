package org.eduaid.kit.consumer;

import org.bson.Document;

import com.mongodb.client.model.WriteModel;

/** One write to a consumer's own store, caused by an event. */
public sealed interface ProjectionWrite permits ProjectionWrite.IfNewer, ProjectionWrite.Idempotent {

    /** The field holding the sequence of the last event applied to a row. */
    String APPLIED_SEQUENCE = "_appliedSequence";

    String collection();

    /**
     * Sets fields of the row kept for one source aggregate, only if this event is newer than the
     * last one applied to it; a duplicate or an older event changes nothing. No separate dedupe
     * table: the row remembers its sequence.
     */
    static ProjectionWrite upsertIfNewer(String collection, String rowId, long sequence, Document fields) {
        return new IfNewer(collection, rowId, sequence, fields);
    }

    /** A write that is safe to apply twice by its nature (e.g. {@code $max}); applied as given. */
    static ProjectionWrite idempotent(String collection, WriteModel<Document> write) {
        return new Idempotent(collection, write);
    }

    record IfNewer(String collection, String rowId, long sequence, Document fields) implements ProjectionWrite {

        public IfNewer {
            if (fields.containsKey("_id") || fields.containsKey(APPLIED_SEQUENCE)) {
                throw new IllegalArgumentException("the row id and sequence are set by the write itself");
            }
        }
    }

    record Idempotent(String collection, WriteModel<Document> write) implements ProjectionWrite {
    }
}
