package org.eduaid.kit.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.WriteModel;

import reactor.core.publisher.Mono;

/**
 * Stores the writes of a batch of events: one ordered bulk write per collection, so each
 * aggregate's events apply in the order they arrived. A write that collides on the row id is a
 * stale or duplicate event (see {@link ProjectionWrite#upsertIfNewer}); it is skipped and the rest
 * of the batch goes on.
 */
public final class ProjectionStore {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final ReactiveMongoDatabaseFactory databases;

    public ProjectionStore(ReactiveMongoDatabaseFactory databases) {
        this.databases = databases;
    }

    /** @return how many writes were stale and skipped */
    public int apply(List<ProjectionWrite> writes) {
        Map<String, List<WriteModel<Document>>> byCollection = new LinkedHashMap<>();
        for (ProjectionWrite write : writes) {
            byCollection.computeIfAbsent(write.collection(), name -> new ArrayList<>()).add(write.write());
        }
        int stale = 0;
        for (Map.Entry<String, List<WriteModel<Document>>> entry : byCollection.entrySet()) {
            stale += applyInOrder(entry.getKey(), entry.getValue());
        }
        return stale;
    }

    private int applyInOrder(String collection, List<WriteModel<Document>> models) {
        int stale = 0;
        List<WriteModel<Document>> remaining = models;
        while (!remaining.isEmpty()) {
            try {
                List<WriteModel<Document>> batch = remaining;
                databases.getMongoDatabase()
                        .flatMap(db -> Mono.from(db.getCollection(collection)
                                .bulkWrite(batch, new BulkWriteOptions().ordered(true))))
                        .block(TIMEOUT);
                return stale;
            } catch (MongoBulkWriteException e) {
                BulkWriteError first = e.getWriteErrors().get(0);
                if (ErrorCategory.fromErrorCode(first.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                stale++;
                remaining = remaining.subList(first.getIndex() + 1, remaining.size());
            }
        }
        return stale;
    }
}
