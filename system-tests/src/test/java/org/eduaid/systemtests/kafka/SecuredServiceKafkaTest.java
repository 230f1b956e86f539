package org.eduaid.systemtests.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eduaid.contracts.Topics;
import org.eduaid.contracts.access.KafkaAccessPolicy;
import org.eduaid.contracts.enrollment.SchoolRegistered;
import org.eduaid.kit.consumer.DeadLetterErrorHandling;
import org.eduaid.launcher.EmbeddedKafkaBroker;
import org.eduaid.launcher.EmbeddedMongo;
import org.eduaid.launcher.PlatformSecrets;
import org.eduaid.launcher.Ports;
import org.eduaid.systemtests.kafka.subscriber.SchoolDirectoryApp;
import org.eduaid.testkit.CloudEventRecord;
import org.eduaid.testkit.KafkaTestClient;
import org.eduaid.testkit.security.TestIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import reactor.core.publisher.Mono;

/**
 * A service built on the kit against the launcher's secured broker, configured as the launcher
 * configures subsidy-service (KAFKA_SECURITY_PROTOCOL, KAFKA_USERNAME, ...): the binder consumes as
 * the service's group, its health check reads the broker, and the dead-letter producer and the topic
 * admin get by with the grants the access policy gives the service and nothing more.
 */
class SecuredServiceKafkaTest {

    private static final String SERVICE = "subsidy-service";
    private static final String GROUP = "subsidy-school-directory";
    private static final String SCHOOLS = Topics.ENROLLMENT_SCHOOLS;

    @TempDir
    static Path dataDir;

    private static EmbeddedKafkaBroker kafka;
    private static EmbeddedMongo mongo;
    private static ConfigurableApplicationContext service;

    @BeforeAll
    static void startTheServiceOnTheSecuredBroker() {
        kafka = EmbeddedKafkaBroker.start(dataDir.resolve("kafka"), Ports.findFree(),
                PlatformSecrets.in(dataDir.resolve("secrets")));
        mongo = EmbeddedMongo.start(dataDir.resolve("mongo"), Ports.findFree());
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.application.name=" + SERVICE,
                "--spring.cloud.function.definition=schoolDirectory",
                "--spring.cloud.stream.bindings.schoolDirectory-in-0.destination=" + SCHOOLS,
                "--spring.cloud.stream.bindings.schoolDirectory-in-0.group=" + GROUP,
                "--spring.cloud.stream.kafka.binder.consumer-properties.auto.offset.reset=earliest",
                "--spring.mongodb.uri=" + mongo.uri("subsidy"),
                "--server.port=0",
                "--KAFKA_BROKERS=" + kafka.bootstrapServers(),
                "--eduaid.security.issuer-uri=" + TestIdentityProvider.get().issuer(),
                "--eduaid.security.jwk-set-uri=" + TestIdentityProvider.get().jwkSetUri()));
        // exactly what the launcher hands subsidy-service
        kafka.serviceEnvironment(SERVICE).forEach((variable, value) -> arguments.add("--" + variable + "=" + value));
        service = new SpringApplicationBuilder(SchoolDirectoryApp.class).run(arguments.toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
        if (mongo != null) {
            mongo.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void consumesAsItsGroupAndDeadLettersWhatItCannotRead() {
        try (KafkaTestClient enrollment = new KafkaTestClient(kafka.clientProperties("enrollment-service"))) {
            enrollment.send(registered("1150424001").toRecord(SCHOOLS));
            enrollment.send(registered("1150424002").payload("{not json").toRecord(SCHOOLS));
        }

        try (MongoClient client = MongoClients.create(mongo.uri())) {
            await().atMost(Duration.ofSeconds(60)).until(() -> Mono.from(client.getDatabase("subsidy")
                    .getCollection(SchoolDirectoryApp.COPIES).countDocuments(Filters.eq("_id", "1150424001"))).block() == 1);
        }
        try (KafkaTestClient admin = new KafkaTestClient(kafka.clientProperties(KafkaAccessPolicy.ADMIN))) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                List<ConsumerRecord<String, byte[]>> deadLetters = admin.readAll(Topics.deadLetterTopic(SCHOOLS, GROUP),
                        Duration.ofSeconds(3));
                assertThat(deadLetters).singleElement().satisfies(record -> {
                    assertThat(record.key()).isEqualTo("1150424002");
                    assertThat(KafkaTestClient.header(record, DeadLetterErrorHandling.REASON_HEADER)).isNotBlank();
                });
            });
        }
    }

    @Test
    void isReadyWithTheBindersHealthCheckSignedIn() throws Exception {
        URI readiness = URI.create("http://localhost:" + service.getEnvironment().getProperty("local.server.port")
                + "/actuator/health/readiness");
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(readiness).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            assertThat(health.body()).contains("\"binders\"");
        });
    }

    private static CloudEventRecord registered(String code) {
        return CloudEventRecord.of(SchoolRegistered.class, code, 1, """
                {"schoolCode":"%s","name":"林西县第一小学","countyCode":"150424","kind":"PRIMARY","locality":"RURAL",
                 "boarding":false,"registeredAt":"2026-09-01T00:00:00Z"}""".formatted(code));
    }
}
