package org.eduaid.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.metadata.storage.Formatter;
import org.eduaid.contracts.Topics;
import org.eduaid.contracts.access.KafkaAccessPolicy;
import org.eduaid.contracts.access.KafkaLogin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;

/**
 * The embedded broker as docker-compose.yml's: SASL/SCRAM sign-in, and ACLs from the event catalogue
 * so that an outside system writes only its own inbound topic and a service only its own topics.
 */
class EmbeddedKafkaSecurityTest {

    private static final String SCHOOLS = Topics.ENROLLMENT_SCHOOLS;
    private static final String POPULATION = Topics.INBOUND_POPULATION_REGISTRY;

    @TempDir
    static Path dataDir;

    private static EmbeddedKafkaBroker kafka;
    private static final List<ILoggingEvent> startupLog = new ArrayList<>();

    @BeforeAll
    static void startSecuredBroker() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        // INFO, as the launcher's infrastructure.log has it: Kafka logs its whole configuration there
        root.setLevel(Level.INFO);
        try {
            kafka = EmbeddedKafkaBroker.start(dataDir.resolve("kafka"), Ports.findFree(), secrets(dataDir));
            try (KafkaProducer<String, String> producer = producer(kafka.clientProperties("population-registry"))) {
                send(producer, POPULATION);
            }
        } finally {
            root.setLevel(level);
            root.detachAppender(appender);
            startupLog.addAll(appender.list);
        }
    }

    @AfterAll
    static void stopBroker() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void anOutsideSystemPublishesToItsOwnInboundTopicOnly() throws Exception {
        try (KafkaProducer<String, String> producer = producer(kafka.clientProperties("population-registry"))) {
            send(producer, POPULATION);

            assertThatThrownBy(() -> send(producer, SCHOOLS)).hasCauseInstanceOf(TopicAuthorizationException.class);
            assertThatThrownBy(() -> send(producer, Topics.INBOUND_CIVIL_AFFAIRS))
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        Map<String, Object> impostor = kafka.clientProperties("population-registry");
        impostor.put(SaslConfigs.SASL_JAAS_CONFIG,
                new KafkaLogin(KafkaLogin.SCRAM_SHA_512, "population-registry", "guessed").jaasConfig());

        try (KafkaProducer<String, String> producer = producer(impostor)) {
            assertThatThrownBy(() -> send(producer, POPULATION)).hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void aServiceCannotWriteAnotherServicesTopicNorReadAGroupThatIsNotItsOwn() {
        try (KafkaProducer<String, String> producer = producer(kafka.clientProperties("subsidy-service"))) {
            assertThatThrownBy(() -> send(producer, SCHOOLS)).hasCauseInstanceOf(TopicAuthorizationException.class);
            assertThatThrownBy(() -> send(producer, POPULATION)).hasCauseInstanceOf(TopicAuthorizationException.class);
        }
        try (KafkaConsumer<String, String> consumer = consumer("teacher-service", "subsidy-school-directory")) {
            consumer.subscribe(List.of(SCHOOLS));
            assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(10))).isInstanceOf(GroupAuthorizationException.class);
        }
    }

    /** The idempotent producer needs no cluster-wide grant: WRITE on its topic is enough (Kafka 3.2, KIP-679). */
    @Test
    void servicesWriteTheirOwnTopicsAndReadTheirSubscriptionsAsTheirOwnGroups() throws Exception {
        try (KafkaProducer<String, String> producer = producer(kafka.clientProperties("enrollment-service"))) {
            send(producer, SCHOOLS);
        }
        try (KafkaProducer<String, String> producer = producer(kafka.clientProperties("subsidy-service"))) {
            send(producer, Topics.deadLetterTopic(SCHOOLS, "subsidy-school-directory"));
        }
        try (KafkaConsumer<String, String> consumer = consumer("subsidy-service", "subsidy-school-directory")) {
            consumer.subscribe(List.of(SCHOOLS));
            List<ConsumerRecord<String, String>> read = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).pollInSameThread().pollDelay(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(250)).forEach(read::add);
                return !read.isEmpty();
            });
            consumer.commitSync();
        }
    }

    @Test
    void noPasswordReachesTheLog() throws IOException {
        List<String> passwords = new ArrayList<>();
        secretsFile(dataDir).forEach((name, value) -> passwords.add((String) value));
        assertThat(passwords).hasSize(KafkaAccessPolicy.catalogue().principals().size() + 1);

        assertThat(startupLog).as("what Kafka and the launcher logged while starting and producing").hasSizeGreaterThan(50);
        for (ILoggingEvent event : startupLog) {
            String line = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            assertThat(passwords).noneSatisfy(password -> assertThat(line).contains(password));
        }
    }

    /** The admin's too, although the broker checks its own inter-broker sign-in against the stored one. */
    @Test
    void passwordsChangedInTheSecretsFileTakeEffectOnTheNextStart(@TempDir Path otherDataDir) throws Exception {
        Map<String, Object> before;
        Map<String, Object> adminBefore;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(otherDataDir.resolve("kafka"), Ports.findFree(),
                secrets(otherDataDir))) {
            before = broker.clientProperties("civil-affairs");
            adminBefore = broker.clientProperties(KafkaAccessPolicy.ADMIN);
        }
        Properties secrets = secretsFile(otherDataDir);
        secrets.setProperty("kafka.civil-affairs", "rotated-by-ops-" + Uuid.randomUuid());
        secrets.setProperty("kafka." + KafkaAccessPolicy.ADMIN, "rotated-by-ops-" + Uuid.randomUuid());
        try (OutputStream out = Files.newOutputStream(otherDataDir.resolve("secrets/platform-secrets.properties"))) {
            secrets.store(out, null);
        }

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(otherDataDir.resolve("kafka"), Ports.findFree(),
                secrets(otherDataDir))) {
            Map<String, Object> after = broker.clientProperties("civil-affairs");
            assertThat(after.get(SaslConfigs.SASL_JAAS_CONFIG).toString()).contains("rotated-by-ops-");
            try (KafkaProducer<String, String> producer = producer(after)) {
                send(producer, Topics.INBOUND_CIVIL_AFFAIRS);
            }
            try (KafkaProducer<String, String> producer = producer(broker.clientProperties(KafkaAccessPolicy.ADMIN))) {
                send(producer, Topics.INBOUND_CIVIL_AFFAIRS);
            }
            for (Map<String, Object> stale : List.of(before, adminBefore)) {
                stale.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
                try (KafkaProducer<String, String> producer = producer(stale)) {
                    assertThatThrownBy(() -> send(producer, Topics.INBOUND_CIVIL_AFFAIRS))
                            .hasCauseInstanceOf(SaslAuthenticationException.class);
                }
            }
        }
    }

    /** A data directory of a launcher from before Kafka security: formatted without any SCRAM credential. */
    @Test
    void aDirectoryFormattedWithoutCredentialsStartsSecuredAsItIs(@TempDir Path oldDataDir) throws Exception {
        Path storage = oldDataDir.resolve("kafka");
        Files.createDirectories(storage);
        new Formatter().setPrintStream(System.out).setNodeId(1).setClusterId(Uuid.randomUuid().toString())
                .setControllerListenerName("CONTROLLER").addDirectory(storage.toString())
                .setMetadataLogDirectory(storage.toString()).run();

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(storage, Ports.findFree(), secrets(oldDataDir))) {
            try (KafkaProducer<String, String> producer = producer(broker.clientProperties("disability-federation"))) {
                send(producer, Topics.INBOUND_DISABILITY_CERTIFICATES);
                assertThatThrownBy(() -> send(producer, POPULATION)).hasCauseInstanceOf(TopicAuthorizationException.class);
            }
            try (KafkaProducer<String, String> producer = producer(broker.clientProperties(KafkaAccessPolicy.ADMIN))) {
                send(producer, "eduaid.test.admin-only");
            }
        }
    }

    private static PlatformSecrets secrets(Path dir) {
        return PlatformSecrets.in(dir.resolve("secrets"));
    }

    private static Properties secretsFile(Path dir) throws IOException {
        Properties secrets = new Properties();
        try (InputStream in = Files.newInputStream(dir.resolve("secrets/platform-secrets.properties"))) {
            secrets.load(in);
        }
        return secrets;
    }

    private static KafkaProducer<String, String> producer(Map<String, Object> connection) {
        Map<String, Object> config = new HashMap<>(connection);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(String principal, String group) {
        Map<String, Object> config = new HashMap<>(kafka.clientProperties(principal));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private static void send(KafkaProducer<String, String> producer, String topic)
            throws InterruptedException, ExecutionException, TimeoutException {
        producer.send(new ProducerRecord<>(topic, "key", "value".repeat(3))).get(20, TimeUnit.SECONDS);
    }
}
