package org.eduaid.kit.outbox;

import java.time.Clock;

import org.bson.Document;
import org.eduaid.kit.events.EventEnveloper;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Mono;

/** Makes the {@link AggregateStore} of a collection; services declare one bean per aggregate collection. */
public final class AggregateStoreFactory {

    private final ReactiveMongoDatabaseFactory databases;
    private final EventEnveloper enveloper;
    private final OutboxPartitioning partitioning;
    private final OutboxSignal signal;
    private final Clock clock;

    public AggregateStoreFactory(ReactiveMongoDatabaseFactory databases, EventEnveloper enveloper,
            OutboxPartitioning partitioning, OutboxSignal signal, Clock clock) {
        this.databases = databases;
        this.enveloper = enveloper;
        this.partitioning = partitioning;
        this.signal = signal;
        this.clock = clock;
    }

    public AggregateStore forCollection(String collectionName) {
        MongoCollection<Document> collection = databases.getMongoDatabase().block().getCollection(collectionName);
        // versioned writes match {_id, _version}: on MongoDB the _id index serves them, the embedded
        // store only uses an index that covers the whole filter
        Mono.from(collection.createIndex(new Document(OutboxFields.ID, 1).append(OutboxFields.VERSION, 1),
                new IndexOptions().name("_id_version").unique(true))).block();
        // what the relay's sweep looks for; partial, so it only holds aggregates with pending events
        Mono.from(collection.createIndex(new Document(OutboxFields.PARTITION, 1).append(OutboxFields.PENDING_SINCE, 1),
                new IndexOptions().name("outbox_pending").partialFilterExpression(
                        new Document(OutboxFields.PENDING_SINCE, new Document("$exists", true))))).block();
        return new AggregateStore(collectionName, collection, enveloper, partitioning, signal, clock);
    }
}
