package org.eduaid.kit.consumer;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

/** One write to a consumer's own store, caused by an event. */
public record ProjectionWrite(String collection, WriteModel<Document> write) {

    /** The field holding the sequence of the last event applied to a row. */
    public static final String APPLIED_SEQUENCE = "_appliedSequence";

    /**
     * Sets fields of the row kept for one source aggregate, only if this event is newer than the
     * last one applied to it. A duplicate or an older event matches nothing, its upsert collides
     * with the existing row's id, and the consumer counts it as stale: one conditional write, no
     * separate dedupe table.
     */
    public static ProjectionWrite upsertIfNewer(String collection, String aggregateId, long sequence, Document fields) {
        Bson newer = Filters.or(Filters.lt(APPLIED_SEQUENCE, sequence), Filters.exists(APPLIED_SEQUENCE, false));
        List<Bson> updates = new ArrayList<>();
        fields.forEach((name, value) -> updates.add(Updates.set(name, value)));
        updates.add(Updates.set(APPLIED_SEQUENCE, sequence));
        return new ProjectionWrite(collection, new UpdateOneModel<>(
                Filters.and(Filters.eq("_id", aggregateId), newer), Updates.combine(updates),
                new UpdateOptions().upsert(true)));
    }
}
