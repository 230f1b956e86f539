package org.eduaid.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.eduaid.contracts.access.KafkaAccessPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

/**
 * What a developer relies on when running the launcher again: yesterday's events and documents are
 * still there. The test topic is outside the catalogue, so only the platform's admin may use it.
 */
class EmbeddedInfrastructureRestartTest {

    private static final String TOPIC = "eduaid.test.schools";
    private static final Map<String, String> SCHOOLS = Map.of(
            "110101-001", "Dongcheng Hope Primary",
            "520302-014", "Zunyi Mountain Teaching Point",
            "632522-003", "Guinan Boarding School");

    @TempDir
    Path dataDir;

    @Test
    void kafkaRecordsAndMongoDocumentsSurviveAStopAndStartOnTheSameDirectory() throws Exception {
        String clusterId;
        try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(dataDir.resolve("kafka"), Ports.findFree(), secrets());
                EmbeddedMongo mongo = EmbeddedMongo.start(dataDir.resolve("mongo"), Ports.findFree())) {
            clusterId = clusterIdServedBy(kafka);
            publishSchools(kafka);
            try (MongoClient client = MongoClients.create(mongo.uri())) {
                schools(client).insertMany(SCHOOLS.entrySet().stream()
                        .map(school -> new Document("_id", school.getKey()).append("name", school.getValue()))
                        .toList());
            }
        }

        try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(dataDir.resolve("kafka"), Ports.findFree(), secrets());
                EmbeddedMongo mongo = EmbeddedMongo.start(dataDir.resolve("mongo"), Ports.findFree())) {
            assertThat(clusterIdServedBy(kafka)).as("cluster id after restart").isEqualTo(clusterId);
            assertThat(readAllFromTheBeginning(kafka)).containsExactlyInAnyOrderElementsOf(SCHOOLS.values());
            try (MongoClient client = MongoClients.create(mongo.uri())) {
                List<String> names = schools(client).find().sort(Sorts.ascending("_id"))
                        .map(document -> document.getString("name")).into(new ArrayList<>());
                assertThat(names).containsExactly("Dongcheng Hope Primary", "Zunyi Mountain Teaching Point",
                        "Guinan Boarding School");
                assertThat(schools(client).countDocuments(Filters.eq("_id", "520302-014"))).isEqualTo(1);
            }
        }
    }

    private PlatformSecrets secrets() {
        return PlatformSecrets.in(dataDir.resolve("secrets"));
    }

    private static void publishSchools(EmbeddedKafkaBroker kafka) throws Exception {
        Properties config = new Properties();
        config.putAll(kafka.clientProperties(KafkaAccessPolicy.ADMIN));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (Map.Entry<String, String> school : SCHOOLS.entrySet()) {
                producer.send(new ProducerRecord<>(TOPIC, school.getKey(), school.getValue())).get();
            }
        }
    }

    private static List<String> readAllFromTheBeginning(EmbeddedKafkaBroker kafka) {
        Properties config = new Properties();
        config.putAll(kafka.clientProperties(KafkaAccessPolicy.ADMIN));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "restart-test-reader");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            await().atMost(Duration.ofSeconds(30)).pollInSameThread().pollDelay(Duration.ZERO).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                    values.add(record.value());
                }
                return values.size() >= SCHOOLS.size();
            });
        }
        return values;
    }

    private static String clusterIdServedBy(EmbeddedKafkaBroker kafka) throws Exception {
        try (Admin admin = Admin.create(kafka.clientProperties(KafkaAccessPolicy.ADMIN))) {
            return admin.describeCluster().clusterId().get();
        }
    }

    private static MongoCollection<Document> schools(MongoClient client) {
        return client.getDatabase("enrollment").getCollection("schools");
    }
}
