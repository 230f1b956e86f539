package org.eduaid.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.eduaid.contracts.Topics;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.KafkaTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The relay of a running service, on the real broker: stopped mid-stream and started again, nothing is lost. */
@EduAidServiceTest
class OutboxRelayKafkaIntegrationTest {

    @Autowired
    AggregateStore widgetStore;

    @Autowired
    OutboxRelay relay;

    @Test
    void aRelayStoppedMidStreamAndStartedAgainDeliversEveryEventInOrder() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String id = run + "-" + i;
            ids.add(id);
            widgetStore.insert(id, new Document("name", "v1"), List.of(OutboxFixtures.renamed(id, "v1")), TraceContext.fresh()).block();
        }
        try (KafkaTestClient kafka = KafkaTestClient.forTestBroker()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> sequencesOf(kafka, run).size() == 20);
            relay.stop();
            for (String id : ids) {
                for (long version = 1; version <= 3; version++) {
                    widgetStore.update(id, version, new Document("name", "v" + (version + 1)),
                            List.of(OutboxFixtures.renamed(id, "v" + (version + 1))), TraceContext.fresh()).block();
                }
            }
            assertThat(sequencesOf(kafka, run).values()).allSatisfy(seen -> assertThat(seen).containsExactly(1L));

            relay.start();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(sequencesOf(kafka, run).values())
                    .hasSize(20).allSatisfy(seen -> assertThat(seen).containsExactly(1L, 2L, 3L, 4L)));
        } finally {
            if (!relay.isRunning()) {
                relay.start();
            }
        }
    }

    private static Map<String, List<Long>> sequencesOf(KafkaTestClient kafka, String run) {
        Map<String, Set<Long>> seen = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : kafka.readAll(Topics.ENROLLMENT_SCHOOLS, Duration.ofSeconds(3))) {
            if (record.key() != null && record.key().startsWith(run + "-")) {
                seen.computeIfAbsent(record.key(), key -> new LinkedHashSet<>())
                        .add(Long.parseLong(KafkaTestClient.header(record, "ce_sequence")));
            }
        }
        Map<String, List<Long>> ordered = new LinkedHashMap<>();
        seen.forEach((key, sequences) -> ordered.put(key, List.copyOf(sequences)));
        return ordered;
    }
}
