package org.eduaid.kit.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.eduaid.contracts.enrollment.SchoolRegistered;
import org.eduaid.kit.events.EventEnveloper;
import org.eduaid.kit.events.EventJson;
import org.eduaid.testkit.AdjustableClock;
import org.eduaid.testkit.TestInfrastructure;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;

/** A fresh database on the test store and the pieces of an outbox on it, without Spring. */
final class OutboxFixtures {

    static final Clock CLOCK = Clock.systemUTC();
    private static final MongoClient CLIENT = MongoClients.create(TestInfrastructure.get().mongoUri("admin"));

    final MongoDatabase database = CLIENT.getDatabase("outbox-" + UUID.randomUUID());
    final OutboxPartitioning partitioning = new OutboxPartitioning(4);
    final OutboxSignal signal = new OutboxSignal();
    final AggregateStore store = new AggregateStore("widgets", database.getCollection("widgets"),
            new EventEnveloper("kit-test", new EventJson(), CLOCK), partitioning, signal, CLOCK);

    static final java.time.Duration LEASE_TTL = java.time.Duration.ofSeconds(30);
    final AdjustableClock leaseClock = AdjustableClock.systemTime();

    OutboxLeases leases(String owner) {
        return new OutboxLeases(database.getCollection("_outbox_leases"), owner, partitioning.partitions(), LEASE_TTL,
                leaseClock);
    }

    static SchoolRegistered renamed(String code, String name) {
        return new SchoolRegistered(code, name, "150424", "PRIMARY", "RURAL", false, Instant.parse("2026-09-01T00:00:00Z"));
    }

    /** Creates the aggregate with one event, then renames it {@code changes} times: 1 + changes events. */
    void createWithHistory(String id, int changes) {
        store.insert(id, new Document("name", "v1"), List.of(renamed(id, "v1")), org.eduaid.kit.events.TraceContext.fresh())
                .block();
        for (int change = 1; change <= changes; change++) {
            store.update(id, change, new Document("name", "v" + (change + 1)), List.of(renamed(id, "v" + (change + 1))),
                    org.eduaid.kit.events.TraceContext.fresh()).block();
        }
    }
}
