package org.eduaid.kit.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.eduaid.contracts.Topics;
import org.eduaid.contracts.enrollment.SchoolRegistered;
import org.eduaid.kit.KitTestApplication;
import org.eduaid.testkit.CloudEventRecord;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.KafkaTestClient;
import org.eduaid.testkit.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The kit's batch consumer on the real broker and store: each record's change prepared, a batch
 * applied in one call, an invalid record dead-lettered with its reason while the records around it are
 * applied, an applier failure blamed on the record that causes it and no other, duplicates harmless.
 */
@EduAidServiceTest
class BatchConsumerIntegrationTest {

    private static final String TOPIC = KitTestApplication.BATCH_TOPIC;
    private static final String DEAD_LETTERS = Topics.deadLetterTopic(TOPIC, KitTestApplication.BATCH_GROUP);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void recordsSentTogetherAreAppliedInBatchesEachExactlyOnce() {
        List<String> codes = new ArrayList<>();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String code = "batch-" + UUID.randomUUID();
            codes.add(code);
            records.add(registered(code, 1, "school " + i).toRecord(TOPIC, i % 2));
        }
        int callsBefore = KitTestApplication.APPLIER_CALLS.size();
        try (KafkaTestClient kafka = KafkaTestClient.forTestBroker()) {
            sendAll(records);
        }
        await().atMost(PATIENCE).until(() -> codes.stream().allMatch(code -> nameOf(code) != null));
        assertThat(codes).allSatisfy(code -> assertThat(appliedTimes(code)).as(code).isEqualTo(1));
        List<Integer> calls = List.copyOf(KitTestApplication.APPLIER_CALLS.subList(callsBefore,
                KitTestApplication.APPLIER_CALLS.size()));
        assertThat(calls).as("applier calls").hasSizeLessThan(codes.size());
        assertThat(calls).anySatisfy(size -> assertThat(size).isGreaterThan(1));
    }

    @Test
    void anInvalidRecordInTheMiddleIsDeadLetteredWithItsReasonAndTheOthersAreApplied() {
        String before = "batch-" + UUID.randomUUID();
        String invalid = "batch-" + UUID.randomUUID();
        String unreadable = "batch-" + UUID.randomUUID();
        String after = "batch-" + UUID.randomUUID();
        try (KafkaTestClient kafka = KafkaTestClient.forTestBroker()) {
            sendAll(List.of(
                    registered(before, 1, "before").toRecord(TOPIC, 3),
                    registered(invalid, 1, "invalid").toRecord(TOPIC, 3),
                    registered(unreadable, 1, "x").payload("{\"schoolCode\":").toRecord(TOPIC, 3),
                    registered(after, 1, "after").toRecord(TOPIC, 3)));

            await().atMost(PATIENCE).until(() -> nameOf(after) != null);
            assertThat(nameOf(before)).isEqualTo("before");
            assertThat(nameOf(invalid)).isNull();
            assertThat(nameOf(unreadable)).isNull();
            assertThat(appliedTimes(before)).isEqualTo(1);
            assertThat(appliedTimes(after)).isEqualTo(1);

            await().atMost(PATIENCE).untilAsserted(() -> {
                List<ConsumerRecord<String, byte[]>> deadLetters = kafka.readAll(DEAD_LETTERS, Duration.ofSeconds(3));
                assertThat(deadLetters).filteredOn(record -> invalid.equals(record.key())).singleElement()
                        .satisfies(record -> assertThat(KafkaTestClient.header(record,
                                DeadLetterErrorHandling.REASON_HEADER)).isEqualTo("SchoolRegistered named invalid"));
                assertThat(deadLetters).filteredOn(record -> unreadable.equals(record.key())).singleElement()
                        .satisfies(record -> assertThat(KafkaTestClient.header(record,
                                DeadLetterErrorHandling.REASON_HEADER)).startsWith("payload is not a valid "));
                assertThat(deadLetters).noneMatch(record -> before.equals(record.key()) || after.equals(record.key()));
            });
        }
    }

    @Test
    void aChangeTheApplierFailsOnIsBlamedOnItsOwnRecordAndTheOthersAreApplied() {
        String before = "batch-" + UUID.randomUUID();
        String failing = "batch-" + UUID.randomUUID();
        String after = "batch-" + UUID.randomUUID();
        KitTestApplication.FAILING_CHANGES.add(failing);
        try (KafkaTestClient kafka = KafkaTestClient.forTestBroker()) {
            sendAll(List.of(
                    registered(before, 1, "before").toRecord(TOPIC, 4),
                    registered(failing, 1, "failing").toRecord(TOPIC, 4),
                    registered(after, 1, "after").toRecord(TOPIC, 4)));

            await().atMost(PATIENCE).until(() -> nameOf(after) != null);
            assertThat(nameOf(before)).isEqualTo("before");
            assertThat(nameOf(failing)).isNull();
            assertThat(appliedTimes(before)).isEqualTo(1);
            assertThat(appliedTimes(after)).isEqualTo(1);

            await().atMost(PATIENCE).untilAsserted(() -> {
                List<ConsumerRecord<String, byte[]>> deadLetters = kafka.readAll(DEAD_LETTERS, Duration.ofSeconds(3));
                assertThat(deadLetters).filteredOn(record -> failing.equals(record.key())).singleElement()
                        .satisfies(record -> assertThat(KafkaTestClient.header(record,
                                DeadLetterErrorHandling.REASON_HEADER))
                                .isEqualTo("simulated change that cannot be applied"));
                assertThat(deadLetters).noneMatch(record -> before.equals(record.key()) || after.equals(record.key()));
            });
        } finally {
            KitTestApplication.FAILING_CHANGES.remove(failing);
        }
    }

    @Test
    void duplicatesInABatchAndAcrossBatchesChangeNothing() {
        String code = "batch-" + UUID.randomUUID();
        try (KafkaTestClient kafka = KafkaTestClient.forTestBroker()) {
            CloudEventRecord first = registered(code, 1, "first");
            sendAll(List.of(first.toRecord(TOPIC, 5), registered(code, 2, "second").toRecord(TOPIC, 5),
                    first.toRecord(TOPIC, 5)));
            await().atMost(PATIENCE).until(() -> appliedTimes(code) == 3);
            assertThat(nameOf(code)).isEqualTo("second");

            sendAll(List.of(first.toRecord(TOPIC, 5)));
            await().atMost(PATIENCE).until(() -> appliedTimes(code) == 4);
            assertThat(nameOf(code)).isEqualTo("second");
        }
    }

    @Test
    void eachRecordIsPreparedInTheTraceItsProducerStarted() {
        String traced = "batch-" + UUID.randomUUID();
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        try (KafkaTestClient kafka = KafkaTestClient.forTestBroker()) {
            sendAll(List.of(registered(traced, 1, "traced")
                    .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").toRecord(TOPIC, 0)));
        }
        await().atMost(PATIENCE).until(() -> nameOf(traced) != null);
        assertThat(KitTestApplication.PREPARED_IN_TRACE.get(traced)).isEqualTo(traceId);
    }

    /**
     * Sends all these records at once and waits until every one is acknowledged: they reach the
     * broker together, so the consumer is likely to get them in one poll (one batch).
     */
    private static void sendAll(List<ProducerRecord<String, byte[]>> records) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 50))) {
            List<Future<?>> sent = records.stream().<Future<?>>map(producer::send).toList();
            producer.flush();
            for (Future<?> ack : sent) {
                ack.get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not send the records", e);
        }
    }

    private int appliedTimes(String code) {
        AtomicInteger times = KitTestApplication.APPLIED.get(code);
        return times == null ? 0 : times.get();
    }

    private String nameOf(String code) {
        Document copy = mongo.findOne(Query.query(Criteria.where("_id").is(code)), Document.class, "batch_copies")
                .block();
        return copy == null ? null : copy.getString("name");
    }

    private static CloudEventRecord registered(String code, long sequence, String name) {
        return CloudEventRecord.of(SchoolRegistered.class, code, sequence, """
                {"schoolCode":"%s","name":"%s","countyCode":"150424","kind":"PRIMARY","locality":"RURAL","boarding":false,
                 "registeredAt":"2026-09-01T00:00:00Z"}""".formatted(code, name));
    }
}
