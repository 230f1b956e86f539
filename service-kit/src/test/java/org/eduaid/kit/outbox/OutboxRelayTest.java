package org.eduaid.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.eduaid.kit.config.EventTopics;
import org.eduaid.kit.config.KafkaConnection;
import org.eduaid.kit.config.KafkaTopicsProperties;
import org.eduaid.kit.events.TraceContext;
import org.junit.jupiter.api.Test;

import com.mongodb.client.model.Filters;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The relay against the real test store, with Kafka replaced by a producer the test can break:
 * outages, a crash between publishing and marking, and two replicas sharing the work.
 */
class OutboxRelayTest {

    private final OutboxFixtures fixtures = new OutboxFixtures();
    /** Sweeps every round, so each test sees everything pending without relying on signals. */
    private OutboxProperties properties = new OutboxProperties(true, 4, null, 7, null, Duration.ZERO, null, null);

    @Test
    void everyPendingEventIsPublishedInOrderPerAggregateAndLeavesTheOutbox() {
        for (int i = 0; i < 12; i++) {
            fixtures.createWithHistory("school-" + i, 4);
        }
        MockProducer<String, byte[]> kafka = kafka();
        OutboxRelay relay = relay(kafka, "relay-a");

        drain(relay);

        assertThat(kafka.history()).hasSize(12 * 5);
        assertInOrderPerAggregateWithNothingMissing(kafka.history(), 12, 5);
        ProducerRecord<String, byte[]> first = kafka.history().get(0);
        assertThat(header(first, "ce_type")).isEqualTo("eduaid.enrollment.SchoolRegistered.v1");
        assertThat(header(first, "ce_subject")).isEqualTo(first.key());
        assertThat(first.topic()).isEqualTo("eduaid.enrollment.schools");
        assertThat(pendingAggregates()).isZero();
    }

    @Test
    void whileKafkaIsDownEventsWaitAndThenAllFlow() {
        for (int i = 0; i < 5; i++) {
            fixtures.createWithHistory("school-" + i, 2);
        }
        MockProducer<String, byte[]> kafka = kafka();
        kafka.sendException = new TimeoutException("broker unavailable");
        OutboxRelay relay = relay(kafka, "relay-a");

        assertThatThrownBy(relay::relayOnce).isInstanceOf(TimeoutException.class);
        assertThatThrownBy(relay::relayOnce).isInstanceOf(TimeoutException.class);
        assertThat(pendingAggregates()).isEqualTo(5);

        kafka.sendException = null;
        drain(relay);

        assertInOrderPerAggregateWithNothingMissing(kafka.history(), 5, 3);
        assertThat(pendingAggregates()).isZero();
    }

    @Test
    void aCrashBetweenPublishingAndMarkingSendsTheEventsAgainInOrder() {
        for (int i = 0; i < 4; i++) {
            fixtures.createWithHistory("school-" + i, 1);
        }
        MockProducer<String, byte[]> kafka = kafka();
        kafka.flushException = new IllegalStateException("relay died before marking");
        OutboxRelay crashing = relay(kafka, "relay-a");
        assertThatThrownBy(crashing::relayOnce).hasMessageContaining("relay died");
        int sentBeforeCrash = kafka.history().size();
        assertThat(sentBeforeCrash).isEqualTo(8);
        crashing.stop();

        kafka.flushException = null;
        drain(relay(kafka, "relay-b"));

        assertThat(kafka.history()).hasSize(16);
        assertInOrderPerAggregateWithNothingMissing(kafka.history().subList(sentBeforeCrash, 16), 4, 2);
        assertThat(pendingAggregates()).isZero();
    }

    @Test
    void aSecondReplicaWaitsForTheLeasesAndTakesOverWhenTheFirstStops() {
        for (int i = 0; i < 6; i++) {
            fixtures.createWithHistory("school-" + i, 0);
        }
        MockProducer<String, byte[]> kafka = kafka();
        OutboxRelay first = relay(kafka, "replica-1");
        OutboxRelay second = relay(kafka, "replica-2");

        assertThat(first.relayOnce()).isEqualTo(6);
        fixtures.signal.listen(second::signalled);
        fixtures.createWithHistory("school-late", 0);
        assertThat(second.relayOnce()).as("partitions are leased to the first replica").isZero();
        assertThat(second.hasSignalledWork()).as("a standby keeps no signals it cannot serve").isFalse();
        first.stop();
        fixtures.leaseClock.advance(OutboxFixtures.LEASE_TTL.dividedBy(3));
        assertThat(second.relayOnce()).as("released leases are claimed at the next renewal").isEqualTo(1);

        assertThat(kafka.history()).extracting(ProducerRecord::key).doesNotHaveDuplicates().hasSize(7);
    }

    @Test
    void twoChangesWithoutEventsFromTheSameVersionCannotBothWin() {
        fixtures.createWithHistory("school-1", 1);

        assertThat(fixtures.store.update("school-1", 2, new Document("note", "first"), List.of(), TraceContext.fresh())
                .block()).isEqualTo(3);
        assertThatThrownBy(() -> fixtures.store.update("school-1", 2, new Document("note", "second"), List.of(),
                TraceContext.fresh()).block()).isInstanceOf(StaleAggregateException.class);

        assertThat(fixtures.store.find("school-1").block().getString("note")).isEqualTo("first");
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRejectedAndStoresNothing() {
        fixtures.createWithHistory("school-1", 1);

        assertThatThrownBy(() -> fixtures.store.update("school-1", 1, new Document("name", "lost update"),
                List.of(OutboxFixtures.renamed("school-1", "lost update")), TraceContext.fresh()).block())
                .isInstanceOf(StaleAggregateException.class);
        assertThatThrownBy(() -> fixtures.store.insert("school-1", new Document("name", "again"),
                List.of(OutboxFixtures.renamed("school-1", "again")), TraceContext.fresh()).block())
                .isInstanceOf(AggregateAlreadyExistsException.class);

        Document stored = fixtures.store.find("school-1").block();
        assertThat(stored.getString("name")).isEqualTo("v2");
        assertThat(AggregateStore.versionOf(stored)).isEqualTo(2);
    }

    @Test
    void aBulkInsertStoresTheNewAggregatesAndNamesTheOnesThatExisted() {
        fixtures.createWithHistory("school-1", 0);

        List<String> existing = fixtures.store.insertAll(List.of(
                new AggregateStore.NewAggregate("school-1", new Document("name", "dup"), List.of(OutboxFixtures.renamed("school-1", "dup"))),
                new AggregateStore.NewAggregate("school-2", new Document("name", "new"), List.of(OutboxFixtures.renamed("school-2", "new")))),
                TraceContext.fresh()).block();

        assertThat(existing).containsExactly("school-1");
        assertThat(fixtures.store.find("school-2").block().getString("name")).isEqualTo("new");
        assertThat(pendingAggregates()).isEqualTo(2);
    }

    @Test
    void writesSignalledByTheStoreArePublishedWithoutWaitingForASweep() {
        properties = new OutboxProperties(true, 4, null, 7, null, Duration.ofHours(1), null, null);
        MockProducer<String, byte[]> kafka = kafka();
        OutboxRelay relay = relay(kafka, "relay-a");
        assertThat(relay.relayOnce()).as("the first round sweeps an empty store").isZero();

        for (int i = 0; i < 10; i++) {
            fixtures.createWithHistory("school-" + i, 1);
        }
        drain(relay);

        assertInOrderPerAggregateWithNothingMissing(kafka.history(), 10, 2);
        assertThat(pendingAggregates()).isZero();
    }

    @Test
    void anAggregateChangedWhileItsEventsWereInFlightKeepsItsNewEvent() {
        fixtures.createWithHistory("school-1", 0);
        MockProducer<String, byte[]> kafka = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer()) {
            private boolean changed;

            @Override
            public synchronized void flush() {
                super.flush();
                if (!changed) {
                    changed = true;
                    fixtures.store.update("school-1", 1, new Document("name", "v2"),
                            List.of(OutboxFixtures.renamed("school-1", "v2")), TraceContext.fresh()).block();
                }
            }
        };
        OutboxRelay relay = relay(kafka, "relay-a");

        assertThat(relay.relayOnce()).isEqualTo(1);
        assertThat(pendingAggregates()).as("the event appended meanwhile is still pending").isEqualTo(1);
        drain(relay);

        assertInOrderPerAggregateWithNothingMissing(kafka.history(), 1, 2);
        assertThat(kafka.history()).hasSize(2);
    }

    private OutboxRelay relay(MockProducer<String, byte[]> kafka, String owner) {
        EventTopics noTopics = new EventTopics("nobody", KafkaConnection.plaintext("unused:9092"), new KafkaTopicsProperties(null, null, null, null), Map.of());
        OutboxRelay relay = new OutboxRelay(List.of(fixtures.store), fixtures.leases(owner), kafka, noTopics, properties,
                OutboxFixtures.CLOCK, new SimpleMeterRegistry());
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

    /** Per key: the first sightings of each sequence are 1..expected, in order. */
    private static void assertInOrderPerAggregateWithNothingMissing(List<ProducerRecord<String, byte[]>> records,
            int aggregates, int eventsEach) {
        Map<String, Set<Long>> sequences = new LinkedHashMap<>();
        for (ProducerRecord<String, byte[]> record : records) {
            sequences.computeIfAbsent(record.key(), key -> new LinkedHashSet<>())
                    .add(Long.parseLong(header(record, "ce_sequence")));
        }
        assertThat(sequences).hasSize(aggregates);
        List<Long> expected = new ArrayList<>();
        for (long s = 1; s <= eventsEach; s++) {
            expected.add(s);
        }
        sequences.forEach((key, seen) -> assertThat(new ArrayList<>(seen)).as(key).isEqualTo(expected));
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    void aScanWaitsTwentyTimesAsLongAsItLastTookWhenThatIsLongerThanItsInterval() {
        Duration interval = Duration.ofSeconds(2);

        assertThat(OutboxRelay.spaced(interval, Duration.ofMillis(30))).isEqualTo(interval);
        assertThat(OutboxRelay.spaced(interval, Duration.ofMillis(400))).isEqualTo(Duration.ofSeconds(8));
        assertThat(OutboxRelay.spaced(Duration.ZERO, Duration.ofSeconds(1))).as("tests sweep every round")
                .isZero();
    }
}
