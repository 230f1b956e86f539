package org.eduaid.reporting.freshness;

import java.util.Date;

import org.bson.Document;
import org.eduaid.contracts.envelope.EventMetadata;
import org.eduaid.kit.consumer.ProjectionWrite;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * Up to when the read model reflects each producing service: the latest event time applied from
 * it. Every report says this, so nobody mistakes a lagging figure for a final one.
 */
public final class SourceFreshness {

    public static final String COLLECTION = "source_freshness";

    private SourceFreshness() {
    }

    /** Moves the source's mark forward; replays and duplicates cannot move it back. */
    public static ProjectionWrite applied(EventMetadata event) {
        return ProjectionWrite.idempotent(COLLECTION, new UpdateOneModel<Document>(Filters.eq("_id", event.source()),
                Updates.max("lastEventAt", Date.from(event.occurredAt())), new UpdateOptions().upsert(true)));
    }
}
