package org.eduaid.kit.outbox;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.AggregateStore.ChangedAggregate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import reactor.core.publisher.Flux;

/**
 * Not a test: a measurement, run on demand with {@code -Dkit.measure=true} (and
 * {@code -Dkit.aggregates=20000}). Times the same versioned changes, one event each, written as
 * single updates 16 at a time and as bulk updates of 1,000, in turns, on the test store.
 */
@EnabledIfSystemProperty(named = "kit.measure", matches = "true")
class AggregateStoreUpdateMeasurement {

    private final OutboxFixtures fixtures = new OutboxFixtures();

    @Test
    void singleUpdatesAgainstBulkUpdates() {
        int aggregates = Integer.getInteger("kit.aggregates", 20_000);
        List<AggregateStore.NewAggregate> created = new ArrayList<>();
        for (int i = 0; i < aggregates; i++) {
            created.add(new AggregateStore.NewAggregate("school-" + i, new Document("name", "v0"), List.of()));
        }
        for (int from = 0; from < aggregates; from += 1000) {
            fixtures.store.insertAll(created.subList(from, Math.min(aggregates, from + 1000)), TraceContext.fresh())
                    .block();
        }
        // versioned like OutboxFixtures: the aggregate-id-and-version index the factory creates
        reactor.core.publisher.Mono.from(fixtures.database.getCollection("widgets").createIndex(
                new Document("_id", 1).append("_version", 1),
                new com.mongodb.client.model.IndexOptions().name("_id_version").unique(true))).block();
        long version = 0;
        for (int round = 1; round <= 4; round++) {
            boolean bulk = round % 2 == 0;
            long from = version;
            String name = "v" + round;
            long started = System.nanoTime();
            if (bulk) {
                Flux.range(0, (aggregates + 999) / 1000).concatMap(chunk -> {
                    List<ChangedAggregate> changes = new ArrayList<>();
                    for (int i = chunk * 1000; i < Math.min(aggregates, chunk * 1000 + 1000); i++) {
                        changes.add(new ChangedAggregate("school-" + i, from, new Document("name", name),
                                List.of(OutboxFixtures.renamed("school-" + i, name))));
                    }
                    return fixtures.store.updateAll(changes, TraceContext.fresh());
                }).blockLast();
            } else {
                Flux.range(0, aggregates).flatMap(i -> fixtures.store.update("school-" + i, from,
                        new Document("name", name), List.of(OutboxFixtures.renamed("school-" + i, name)),
                        TraceContext.fresh()), 16).blockLast();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("MEASURE %s: %,d versioned changes in %.1f s: %,.0f/s%n",
                    bulk ? "updateAll, 1,000 per call" : "update, 16 at a time", aggregates, seconds,
                    aggregates / seconds);
            version++;
        }
    }
}
