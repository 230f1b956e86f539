package org.eduaid.kit.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.eduaid.contracts.Topics;
import org.eduaid.contracts.enrollment.SchoolRegistered;
import org.eduaid.kit.KitTestApplication;
import org.eduaid.testkit.CloudEventRecord;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.KafkaTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A record whose processing keeps failing for a reason other than its content is retried with
 * back-off, then dead-lettered with the reason; the records around it are processed.
 */
@EduAidServiceTest
class ConsumerRetryIntegrationTest {

    private static final String DEAD_LETTERS = Topics.deadLetterTopic(Topics.ENROLLMENT_SCHOOLS, "kit-test-school-copies");

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void aPersistentlyFailingRecordIsRetriedThenDeadLetteredAndTheOthersAreProcessed() {
        String before = "retry-" + UUID.randomUUID();
        String failing = "retry-" + UUID.randomUUID();
        String after = "retry-" + UUID.randomUUID();
        KitTestApplication.FAILING_SUBJECTS.add(failing);
        int attemptsBefore = KitTestApplication.FAILED_ATTEMPTS.get();
        try (KafkaTestClient kafka = KafkaTestClient.forTestBroker()) {
            kafka.send(registered(before).toRecord(Topics.ENROLLMENT_SCHOOLS, 2));
            kafka.send(registered(failing).toRecord(Topics.ENROLLMENT_SCHOOLS, 2));
            kafka.send(registered(after).toRecord(Topics.ENROLLMENT_SCHOOLS, 2));

            await().atMost(Duration.ofSeconds(30)).until(() -> copyExists(after));
            assertThat(copyExists(before)).isTrue();
            assertThat(copyExists(failing)).isFalse();
            assertThat(KitTestApplication.FAILED_ATTEMPTS.get() - attemptsBefore).as("attempts").isEqualTo(3);

            List<ConsumerRecord<String, byte[]>> deadLetters = kafka.readAll(DEAD_LETTERS, Duration.ofSeconds(5)).stream()
                    .filter(record -> failing.equals(record.key())).toList();
            assertThat(deadLetters).singleElement().satisfies(record -> {
                assertThat(KafkaTestClient.header(record, DeadLetterErrorHandling.REASON_HEADER))
                        .isEqualTo("simulated store outage");
                assertThat(KafkaTestClient.header(record, "kafka_dlt-original-topic")).isEqualTo(Topics.ENROLLMENT_SCHOOLS);
            });
        } finally {
            KitTestApplication.FAILING_SUBJECTS.remove(failing);
        }
    }

    private boolean copyExists(String subject) {
        return Boolean.TRUE.equals(mongo.exists(Query.query(Criteria.where("_id").is(subject)), Document.class,
                "school_copies").block());
    }

    private static CloudEventRecord registered(String code) {
        return CloudEventRecord.of(SchoolRegistered.class, code, 1, """
                {"schoolCode":"%s","name":"x","countyCode":"150424","kind":"PRIMARY","locality":"RURAL","boarding":false,
                 "registeredAt":"2026-09-01T00:00:00Z"}""".formatted(code));
    }
}
