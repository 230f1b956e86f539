package org.eduaid.kit.outbox;

import java.time.Clock;

import org.bson.Document;
import org.eduaid.kit.events.EventEnveloper;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;

import com.mongodb.reactivestreams.client.MongoCollection;

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
        return new AggregateStore(collectionName, collection, enveloper, partitioning, signal::fire, clock);
    }
}
