package org.eduaid.kit.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.eduaid.kit.persistence.ByIds;
import org.eduaid.kit.consumer.ProjectionWrite.Idempotent;
import org.eduaid.kit.consumer.ProjectionWrite.IfNewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Mono;

/**
 * Stores the writes of a batch of events, one ordered bulk write per collection, so each
 * aggregate's events apply in the order they arrived.
 *
 * <p>The sequence guard is planned, not left to the server: the rows of the batch are read with one
 * {@code _id $in} query, then a missing row becomes an insert, a row already at or past the event's
 * sequence is skipped, and a row behind it becomes an update matched on the exact {@code _id} and
 * sequence that were read. Every write is an index lookup, also on the embedded store, which can
 * only use an index for exact matches. If another writer changed a row between the read and the
 * write (an insert collides, an update matches nothing), the whole batch is planned again: what
 * already applied is then seen as stale.
 */
public final class ProjectionStore {

    private static final Logger log = LoggerFactory.getLogger(ProjectionStore.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int MAX_PLANS = 5;

    private final ReactiveMongoDatabaseFactory databases;
    private final Set<String> indexed = ConcurrentHashMap.newKeySet();

    public ProjectionStore(ReactiveMongoDatabaseFactory databases) {
        this.databases = databases;
    }

    /** @return how many writes were stale (a duplicate or older event) and skipped */
    public int apply(List<ProjectionWrite> writes) {
        Map<String, List<ProjectionWrite>> byCollection = new LinkedHashMap<>();
        for (ProjectionWrite write : writes) {
            byCollection.computeIfAbsent(write.collection(), name -> new ArrayList<>()).add(write);
        }
        int stale = 0;
        for (Map.Entry<String, List<ProjectionWrite>> entry : byCollection.entrySet()) {
            stale += applyInOrder(collection(entry.getKey()), entry.getValue());
        }
        return stale;
    }

    private int applyInOrder(MongoCollection<Document> collection, List<ProjectionWrite> writes) {
        for (int plan = 1; ; plan++) {
            Plan planned = plan(writes, appliedSequences(collection, writes));
            if (planned.models().isEmpty()) {
                return planned.stale();
            }
            try {
                BulkWriteResult result = Mono.from(collection.bulkWrite(planned.models(), new BulkWriteOptions().ordered(true)))
                        .block(TIMEOUT);
                if (result.getMatchedCount() + result.getUpserts().size() >= planned.expectedMatches()) {
                    return planned.stale();
                }
            } catch (MongoBulkWriteException e) {
                if (ErrorCategory.fromErrorCode(e.getWriteErrors().get(0).getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            if (plan == MAX_PLANS) {
                throw new IllegalStateException("rows of " + collection.getNamespace()
                        + " kept changing under this consumer; the batch will be retried");
            }
            log.debug("Rows of {} changed while a batch was applied; planning it again", collection.getNamespace());
        }
    }

    private static Plan plan(List<ProjectionWrite> writes, Map<String, Long> applied) {
        Map<String, Long> current = new HashMap<>(applied);
        List<WriteModel<Document>> models = new ArrayList<>();
        int stale = 0;
        int expectedMatches = 0;
        for (ProjectionWrite write : writes) {
            if (write instanceof Idempotent given) {
                models.add(given.write());
                if (given.write() instanceof UpdateOneModel<?>) {
                    expectedMatches++;
                }
                continue;
            }
            IfNewer row = (IfNewer) write;
            Long seen = current.get(row.rowId());
            if (seen == null) {
                Document inserted = new Document("_id", row.rowId());
                inserted.putAll(row.fields());
                inserted.put(ProjectionWrite.APPLIED_SEQUENCE, row.sequence());
                models.add(new InsertOneModel<>(inserted));
            } else if (row.sequence() <= seen) {
                stale++;
                continue;
            } else {
                Document set = new Document(row.fields()).append(ProjectionWrite.APPLIED_SEQUENCE, row.sequence());
                models.add(new UpdateOneModel<>(
                        new Document("_id", row.rowId()).append(ProjectionWrite.APPLIED_SEQUENCE, seen),
                        new Document("$set", set)));
                expectedMatches++;
            }
            current.put(row.rowId(), row.sequence());
        }
        return new Plan(models, stale, expectedMatches);
    }

    private static Map<String, Long> appliedSequences(MongoCollection<Document> collection, List<ProjectionWrite> writes) {
        Set<String> ids = new LinkedHashSet<>();
        writes.forEach(write -> {
            if (write instanceof IfNewer row) {
                ids.add(row.rowId());
            }
        });
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> applied = new HashMap<>();
        ByIds.find(collection, ids, Projections.include(ProjectionWrite.APPLIED_SEQUENCE))
                .doOnNext(row -> {
                    Object sequence = row.get(ProjectionWrite.APPLIED_SEQUENCE);
                    applied.put(String.valueOf(row.get("_id")), sequence instanceof Number n ? n.longValue() : 0L);
                })
                .blockLast(TIMEOUT);
        return applied;
    }

    private MongoCollection<Document> collection(String name) {
        MongoCollection<Document> collection = databases.getMongoDatabase().block(TIMEOUT).getCollection(name);
        if (indexed.add(name)) {
            // the exact-match guard of an update; on MongoDB the _id index alone would do, the
            // embedded store needs an index covering both fields to avoid a collection scan
            Mono.from(collection.createIndex(new Document("_id", 1).append(ProjectionWrite.APPLIED_SEQUENCE, 1),
                    new IndexOptions().name("_id_appliedSequence").unique(true))).block(TIMEOUT);
        }
        return collection;
    }

    private record Plan(List<WriteModel<Document>> models, int stale, int expectedMatches) {
    }
}
