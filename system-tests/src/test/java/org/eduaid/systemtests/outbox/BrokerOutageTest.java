package org.eduaid.systemtests.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.eduaid.contracts.Topics;
import org.eduaid.contracts.enrollment.SchoolRegistered;
import org.eduaid.contracts.access.KafkaAccessPolicy;
import org.eduaid.kit.config.EventTopics;
import org.eduaid.kit.config.KafkaClientSecurity;
import org.eduaid.kit.config.KafkaConnection;
import org.eduaid.kit.config.KafkaTopicsProperties;
import org.eduaid.kit.events.EventEnveloper;
import org.eduaid.kit.events.EventJson;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.outbox.AggregateStoreFactory;
import org.eduaid.kit.outbox.OutboxPartitioning;
import org.eduaid.kit.outbox.OutboxProperties;
import org.eduaid.kit.outbox.OutboxRelay;
import org.eduaid.kit.outbox.OutboxRelayFactory;
import org.eduaid.kit.outbox.OutboxSignal;
import org.eduaid.launcher.EmbeddedKafkaBroker;
import org.eduaid.launcher.EmbeddedMongo;
import org.eduaid.launcher.PlatformSecrets;
import org.eduaid.launcher.Ports;
import org.eduaid.testkit.KafkaTestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.SimpleReactiveMongoDatabaseFactory;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The outbox relay while the real broker goes away mid-stream: events written during the outage
 * wait in their documents, then flow when the broker is back, every one of them, in order per
 * aggregate. Uses the launcher's restartable broker, which keeps its log on disk across restarts,
 * and is secured as in production: the relay signs in as enrollment-service, with the launcher's
 * settings for that service and no more rights than the access policy grants it.
 */
class BrokerOutageTest {

    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path dataDir;

    @Test
    void eventsWrittenWhileTheBrokerIsDownArriveWhenItIsBack() throws Exception {
        int kafkaPort = Ports.findFree();
        Path kafkaDir = dataDir.resolve("kafka");
        PlatformSecrets secrets = PlatformSecrets.in(dataDir.resolve("secrets"));
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(kafkaDir, kafkaPort, secrets);
        KafkaConnection enrollment = new KafkaConnection(broker.bootstrapServers(),
                securityOf(broker.serviceEnvironment("enrollment-service")));
        Map<String, Object> admin = broker.clientProperties(KafkaAccessPolicy.ADMIN);
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir.resolve("mongo"), Ports.findFree());
                MongoClient client = MongoClients.create(mongo.uri())) {
            SimpleReactiveMongoDatabaseFactory databases = new SimpleReactiveMongoDatabaseFactory(client, "outage");
            OutboxSignal signal = new OutboxSignal();
            AggregateStore schools = new AggregateStoreFactory(databases,
                    new EventEnveloper("enrollment-service", new EventJson(), CLOCK), new OutboxPartitioning(4), signal, CLOCK)
                    .forCollection("schools");
            OutboxProperties properties = new OutboxProperties(true, 4, Duration.ofSeconds(15), 100,
                    Duration.ofMillis(50), Duration.ofSeconds(1), Duration.ofSeconds(1), Map.of("delivery.timeout.ms", "3000",
                            "request.timeout.ms", "1000", "max.block.ms", "1000", "reconnect.backoff.max.ms", "500"));
            EventTopics topics = new EventTopics("enrollment-service", enrollment,
                    new KafkaTopicsProperties(2, (short) 1, -1L, null), Map.of());
            OutboxRelay relay = OutboxRelayFactory.create(List.of(schools), databases, enrollment, topics, properties, signal, CLOCK, new SimpleMeterRegistry());
            relay.start();
            try {
                writeSchools(schools, 0, 20);
                await().atMost(Duration.ofSeconds(60)).until(() -> sequencesOnTopic(admin).size() == 20);

                broker.close();
                writeSchools(schools, 20, 40);
                for (int i = 0; i < 20; i++) {
                    String code = code(i);
                    schools.update(code, 1, new Document("name", "改名"), List.of(registered(code, "改名")),
                            TraceContext.fresh()).block();
                }
                await().atMost(Duration.ofSeconds(30)).until(() -> relayFailures(relay) > 0);

                broker = EmbeddedKafkaBroker.start(kafkaDir, kafkaPort, secrets);
                await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                    Map<String, List<Long>> sequences = sequencesOnTopic(admin);
                    assertThat(sequences).hasSize(40);
                    for (int i = 0; i < 40; i++) {
                        assertThat(sequences.get(code(i))).as(code(i)).isEqualTo(i < 20 ? List.of(1L, 2L) : List.of(1L));
                    }
                });
            } finally {
                relay.stop();
                relay.destroy();
            }
        } finally {
            broker.close();
        }
    }

    private static double relayFailures(OutboxRelay relay) {
        return relay.publishFailures();
    }

    private static void writeSchools(AggregateStore schools, int from, int to) {
        for (int i = from; i < to; i++) {
            String code = code(i);
            schools.insert(code, new Document("name", "学校" + i), List.of(registered(code, "学校" + i)), TraceContext.fresh())
                    .block();
        }
    }

    /** What a service started by the launcher with this environment signs in with. */
    private static KafkaClientSecurity securityOf(Map<String, String> environment) {
        return new KafkaClientSecurity(environment.get("KAFKA_SECURITY_PROTOCOL"), environment.get("KAFKA_SASL_MECHANISM"),
                environment.get("KAFKA_USERNAME"), environment.get("KAFKA_PASSWORD"));
    }

    private static Map<String, List<Long>> sequencesOnTopic(Map<String, Object> connection) {
        Map<String, Set<Long>> seen = new LinkedHashMap<>();
        try (KafkaTestClient kafka = new KafkaTestClient(connection)) {
            for (ConsumerRecord<String, byte[]> record : kafka.readAll(Topics.ENROLLMENT_SCHOOLS, Duration.ofSeconds(3))) {
                seen.computeIfAbsent(record.key(), key -> new LinkedHashSet<>())
                        .add(Long.parseLong(KafkaTestClient.header(record, "ce_sequence")));
            }
        }
        Map<String, List<Long>> ordered = new LinkedHashMap<>();
        seen.forEach((key, sequences) -> ordered.put(key, new ArrayList<>(sequences)));
        return ordered;
    }

    private static String code(int i) {
        return String.format("21500%05d", i);
    }

    private static SchoolRegistered registered(String code, String name) {
        return new SchoolRegistered(code, name, "150424", "PRIMARY", "RURAL", false, Instant.parse("2026-09-01T00:00:00Z"));
    }
}
