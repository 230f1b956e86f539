package org.eduaid.testkit;

import java.net.InetSocketAddress;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * One Kafka broker and one MongoDB per test JVM, shared by every Spring context and test class in
 * it. With a Docker engine present the real images run (Testcontainers); without one, a real
 * Apache Kafka broker runs in-process (KRaft) and mongo-java-server speaks the MongoDB protocol.
 * {@code EDUAID_TEST_INFRA=embedded} or {@code =containers} forces a choice.
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
    private static volatile TestInfrastructure instance;

    private final String kafkaBootstrap;
    private final String mongoAddress;
    private final String kind;

    private TestInfrastructure(String kafkaBootstrap, String mongoAddress, String kind) {
        this.kafkaBootstrap = kafkaBootstrap;
        this.mongoAddress = mongoAddress;
        this.kind = kind;
    }

    public static TestInfrastructure get() {
        if (instance == null) {
            synchronized (TestInfrastructure.class) {
                if (instance == null) {
                    instance = useContainers() ? startContainers() : startEmbedded();
                    log.info("Test infrastructure ({}): Kafka {}, MongoDB {}", instance.kind, instance.kafkaBootstrap,
                            instance.mongoAddress);
                }
            }
        }
        return instance;
    }

    public String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    public String mongoUri(String database) {
        return "mongodb://" + mongoAddress + "/" + database;
    }

    public boolean isEmbedded() {
        return "embedded".equals(kind);
    }

    private static boolean useContainers() {
        String forced = System.getenv("EDUAID_TEST_INFRA");
        if ("embedded".equalsIgnoreCase(forced)) {
            return false;
        }
        if ("containers".equalsIgnoreCase(forced)) {
            return true;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static TestInfrastructure startEmbedded() {
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.brokerProperties(Map.of("auto.create.topics.enable", "true", "num.partitions", "3",
                "group.initial.rebalance.delay.ms", "0"));
        kafka.afterPropertiesSet();
        MongoServer mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        InetSocketAddress address = mongo.getLocalAddress();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.shutdownNow();
            kafka.destroy();
        }, "test-infrastructure-stop"));
        return new TestInfrastructure(kafka.getBrokersAsString(), "127.0.0.1:" + address.getPort(), "embedded");
    }

    private static TestInfrastructure startContainers() {
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
        MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");
        kafka.start();
        mongo.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.stop();
            kafka.stop();
        }, "test-infrastructure-stop"));
        String mongoAddress = mongo.getHost() + ":" + mongo.getMappedPort(27017);
        return new TestInfrastructure(kafka.getBootstrapServers(), mongoAddress, "containers");
    }
}
