package org.eduaid.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.eduaid.kit.config.EventTopics;
import org.eduaid.kit.config.KafkaConnection;
import org.eduaid.kit.config.KafkaTopicsProperties;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.AggregateStore.ChangedAggregate;
import org.eduaid.kit.outbox.AggregateStore.UpdateOutcome;
import org.junit.jupiter.api.Test;

import com.mongodb.client.model.Filters;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import reactor.core.publisher.Mono;

/**
 * {@link AggregateStore#updateAll} against the real test store: one unordered bulk write of versioned
 * changes, which tells the stored ones from the stale ones and hands the events to the relay.
 */
class AggregateStoreUpdateAllTest {

    private final OutboxFixtures fixtures = new OutboxFixtures();

    @Test
    void everyChangeAtItsVersionIsStoredWithItsEventsInOrder() {
        for (int i = 0; i < 6; i++) {
            fixtures.createWithHistory("school-" + i, i % 2);
        }
        List<ChangedAggregate> changes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String id = "school-" + i;
            long read = 1 + i % 2;
            changes.add(new ChangedAggregate(id, read, new Document("name", "bulk").append("rank", i),
                    List.of(OutboxFixtures.renamed(id, "bulk-a"), OutboxFixtures.renamed(id, "bulk-b"))));
        }

        UpdateOutcome outcome = fixtures.store.updateAll(changes, TraceContext.fresh()).block();

        assertThat(outcome.allStored()).isTrue();
        assertThat(outcome.stale()).isEmpty();
        for (int i = 0; i < 6; i++) {
            long expected = 1 + i % 2 + 2;
            assertThat(outcome.versions()).containsEntry("school-" + i, expected);
            Document stored = fixtures.store.find("school-" + i).block();
            assertThat(AggregateStore.versionOf(stored)).isEqualTo(expected);
            assertThat(stored.getString("name")).isEqualTo("bulk");
            assertThat(stored.getInteger("rank")).isEqualTo(i);
            assertThat(stored).as("the bulk token stays out of the state read").doesNotContainKey("_bulkWrite");
        }

        MockProducer<String, byte[]> kafka = kafka();
        drain(relay(kafka, Duration.ZERO));
        Map<String, List<Long>> sequences = sequencesByKey(kafka.history());
        for (int i = 0; i < 6; i++) {
            List<Long> all = new ArrayList<>();
            for (long s = 1; s <= 1 + i % 2 + 2; s++) {
                all.add(s);
            }
            assertThat(sequences.get("school-" + i)).as("school-" + i).isEqualTo(all);
        }
        assertThat(kafka.history().stream().filter(r -> r.key().equals("school-1")).map(r -> payload(r)).toList())
                .last().asString().contains("bulk-b");
    }

    @Test
    void changesOfAggregatesChangedMeanwhileOrGoneAreNamedStaleAndStoreNothing() {
        for (int i = 0; i < 5; i++) {
            fixtures.createWithHistory("school-" + i, 0);
        }
        fixtures.store.update("school-1", 1, new Document("name", "someone else"),
                List.of(OutboxFixtures.renamed("school-1", "someone else")), TraceContext.fresh()).block();
        fixtures.store.update("school-3", 1, new Document("name", "someone else"), List.of(), TraceContext.fresh())
                .block();
        List<ChangedAggregate> changes = new ArrayList<>();
        for (String id : List.of("school-0", "school-1", "school-2", "school-3", "school-4", "never-there")) {
            changes.add(new ChangedAggregate(id, 1, new Document("name", "bulk"), List.of(OutboxFixtures.renamed(id, "bulk"))));
        }

        UpdateOutcome outcome = fixtures.store.updateAll(changes, TraceContext.fresh()).block();

        assertThat(outcome.stale()).containsExactly("school-1", "school-3", "never-there");
        assertThat(outcome.versions()).containsOnlyKeys("school-0", "school-2", "school-4").containsEntry("school-0", 2L);
        assertThat(outcome.isStale("school-3")).isTrue();
        assertThat(outcome.isStale("school-4")).isFalse();
        for (String stale : List.of("school-1", "school-3")) {
            Document stored = fixtures.store.find(stale).block();
            assertThat(stored.getString("name")).isEqualTo("someone else");
            assertThat(AggregateStore.versionOf(stored)).isEqualTo(2);
        }
        assertThat(fixtures.store.find("never-there").block()).as("a stale change creates nothing").isNull();

        MockProducer<String, byte[]> kafka = kafka();
        drain(relay(kafka, Duration.ZERO));
        Map<String, List<Long>> sequences = sequencesByKey(kafka.history());
        assertThat(sequences.get("school-0")).containsExactly(1L, 2L);
        assertThat(sequences.get("school-1")).as("only the winner's event").containsExactly(1L, 2L);
        assertThat(kafka.history().stream().filter(r -> r.key().equals("school-1")).map(r -> payload(r)).toList())
                .noneMatch(p -> p.contains("\"bulk\""));
        assertThat(sequences.get("school-3")).as("no event of the stale change").containsExactly(1L);
        assertThat(sequences).doesNotContainKey("never-there");
    }

    @Test
    void changesWithoutEventsStillMoveTheVersionOnSoASecondBulkFromTheSameReadIsStale() {
        for (int i = 0; i < 3; i++) {
            fixtures.createWithHistory("school-" + i, 1);
        }
        MockProducer<String, byte[]> kafka = kafka();
        drain(relay(kafka, Duration.ZERO));
        List<ChangedAggregate> first = new ArrayList<>();
        List<ChangedAggregate> second = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            first.add(new ChangedAggregate("school-" + i, 2, new Document("note", "first"), List.of()));
            second.add(new ChangedAggregate("school-" + i, 2, new Document("note", "second"), List.of()));
        }

        UpdateOutcome won = fixtures.store.updateAll(first, TraceContext.fresh()).block();
        UpdateOutcome lost = fixtures.store.updateAll(second, TraceContext.fresh()).block();

        assertThat(won.versions()).containsOnly(Map.entry("school-0", 3L), Map.entry("school-1", 3L),
                Map.entry("school-2", 3L));
        assertThat(lost.stale()).containsExactly("school-0", "school-1", "school-2");
        assertThat(lost.versions()).isEmpty();
        for (int i = 0; i < 3; i++) {
            Document stored = fixtures.store.find("school-" + i).block();
            assertThat(stored.getString("note")).isEqualTo("first");
            assertThat(AggregateStore.versionOf(stored)).isEqualTo(3);
        }
        assertThat(pendingAggregates()).as("no events, nothing pending").isZero();
    }

    @Test
    void theRelayIsSignalledOnceForTheStoredChangesWithEventsAndPublishesThemWithoutASweep() {
        for (int i = 0; i < 4; i++) {
            fixtures.createWithHistory("school-" + i, 0);
        }
        MockProducer<String, byte[]> kafka = kafka();
        drain(relay(kafka, Duration.ZERO));
        int before = kafka.history().size();
        fixtures.store.update("school-3", 1, new Document("name", "meanwhile"), List.of(), TraceContext.fresh()).block();

        OutboxRelay relay = relay(kafka, Duration.ofHours(1));
        assertThat(relay.relayOnce()).as("the first round sweeps a store with nothing pending").isZero();
        List<Collection<String>> signals = new ArrayList<>();
        fixtures.signal.listen((collection, ids) -> {
            signals.add(List.copyOf(ids));
            relay.signalled(collection, ids);
        });
        List<ChangedAggregate> changes = List.of(
                new ChangedAggregate("school-0", 1, new Document("name", "a"), List.of(OutboxFixtures.renamed("school-0", "a"))),
                new ChangedAggregate("school-1", 1, new Document("name", "b"), List.of()),
                new ChangedAggregate("school-2", 1, new Document("name", "c"), List.of(OutboxFixtures.renamed("school-2", "c"))),
                new ChangedAggregate("school-3", 1, new Document("name", "d"), List.of(OutboxFixtures.renamed("school-3", "d"))));

        UpdateOutcome outcome = fixtures.store.updateAll(changes, TraceContext.fresh()).block();

        assertThat(outcome.stale()).containsExactly("school-3");
        assertThat(signals).containsExactly(List.of("school-0", "school-2"));
        assertThat(relay.hasSignalledWork()).isTrue();
        drain(relay);
        assertThat(kafka.history().subList(before, kafka.history().size())).extracting(ProducerRecord::key)
                .containsExactlyInAnyOrder("school-0", "school-2");
        assertThat(pendingAggregates()).isZero();
    }

    @Test
    void oneAggregateTwiceInOneBulkIsRefusedAndNothingIsWritten() {
        fixtures.createWithHistory("school-1", 0);

        assertThatThrownBy(() -> fixtures.store.updateAll(List.of(
                new ChangedAggregate("school-1", 1, new Document("name", "x"), List.of()),
                new ChangedAggregate("school-1", 2, new Document("name", "y"), List.of())), TraceContext.fresh()).block())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("school-1");

        assertThat(AggregateStore.versionOf(fixtures.store.find("school-1").block())).isEqualTo(1);
        assertThat(fixtures.store.updateAll(List.of(), TraceContext.fresh()).block().allStored()).isTrue();
    }

    @Test
    void aThousandChangesGoInOneCallAndTheStaleOnesAreFoundAmongThem() {
        List<AggregateStore.NewAggregate> created = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            created.add(new AggregateStore.NewAggregate("school-" + i, new Document("name", "v1"), List.of()));
        }
        fixtures.store.insertAll(created, TraceContext.fresh()).block();
        for (int i = 0; i < 1000; i += 97) {
            fixtures.store.update("school-" + i, 0, new Document("name", "meanwhile"), List.of(), TraceContext.fresh())
                    .block();
        }
        List<ChangedAggregate> changes = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            changes.add(new ChangedAggregate("school-" + i, 0, new Document("name", "bulk"),
                    List.of(OutboxFixtures.renamed("school-" + i, "bulk"))));
        }

        UpdateOutcome outcome = fixtures.store.updateAll(changes, TraceContext.fresh()).block();

        List<String> expectedStale = new ArrayList<>();
        for (int i = 0; i < 1000; i += 97) {
            expectedStale.add("school-" + i);
        }
        assertThat(outcome.stale()).containsExactlyElementsOf(expectedStale);
        assertThat(outcome.versions()).hasSize(1000 - expectedStale.size()).containsEntry("school-1", 1L);
        assertThat(pendingAggregates()).isEqualTo(1000 - expectedStale.size());
    }

    private OutboxRelay relay(MockProducer<String, byte[]> kafka, Duration sweepInterval) {
        OutboxProperties properties = new OutboxProperties(true, 4, null, 7, null, sweepInterval, null, null);
        EventTopics noTopics = new EventTopics("nobody", KafkaConnection.plaintext("unused:9092"),
                new KafkaTopicsProperties(null, null, null, null), Map.of());
        OutboxRelay relay = new OutboxRelay(List.of(fixtures.store), fixtures.leases("relay-a"), kafka, noTopics,
                properties, OutboxFixtures.CLOCK, new SimpleMeterRegistry());
        fixtures.signal.listen(relay::signalled);
        return relay;
    }

    private static MockProducer<String, byte[]> kafka() {
        return new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    }

    private static void drain(OutboxRelay relay) {
        int rounds = 0;
        while (relay.relayOnce() > 0) {
            assertThat(++rounds).as("relay rounds").isLessThan(100);
        }
    }

    private long pendingAggregates() {
        return Mono.from(fixtures.database.getCollection("widgets").countDocuments(Filters.exists(OutboxFields.PENDING_SINCE)))
                .block();
    }

    /** The ce_sequence of each key's records, in the order they were sent. */
    private static Map<String, List<Long>> sequencesByKey(List<ProducerRecord<String, byte[]>> records) {
        Map<String, List<Long>> sequences = new LinkedHashMap<>();
        for (ProducerRecord<String, byte[]> record : records) {
            sequences.computeIfAbsent(record.key(), key -> new ArrayList<>())
                    .add(Long.parseLong(new String(record.headers().lastHeader("ce_sequence").value(),
                            StandardCharsets.UTF_8)));
        }
        return sequences;
    }

    private static String payload(ProducerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }
}
