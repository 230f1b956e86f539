package org.eduaid.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.NewTopic;
import org.eduaid.launcher.EmbeddedMongo;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;

/**
 * What one column of the table runs on: a real Kafka broker (KRaft, in this JVM) and a MongoDB
 * wire-protocol server on the chosen backend. Every stage of the column shares them, so the raw
 * rates and the hop are measured on the same machinery; each column gets its own pair, so the
 * second column does not find the first one's topic and offsets. The security benchmark runs its
 * services' child JVMs on one of these too.
 */
public final class Infrastructure implements AutoCloseable {

    static final int TOPIC_PARTITIONS = 6;

    private final EmbeddedKafkaKraftBroker kafka;
    private final MongoServer mongoServer;
    private final String mongoAddress;
    private final MongoClient mongo;
    private final Path scratchDirectory;

    private Infrastructure(EmbeddedKafkaKraftBroker kafka, MongoServer mongoServer, String mongoAddress,
            Path scratchDirectory) {
        this.kafka = kafka;
        this.mongoServer = mongoServer;
        this.mongoAddress = mongoAddress;
        this.mongo = MongoClients.create(mongoUri(""));
        this.scratchDirectory = scratchDirectory;
    }

    public static Infrastructure start(StoreKind store) {
        Path scratch = createScratchDirectory(store);
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, TOPIC_PARTITIONS);
        // the settings the platform's own single-node broker uses, so that consumer groups join at once
        kafka.brokerProperties(Map.of(
                "num.partitions", String.valueOf(TOPIC_PARTITIONS),
                "offsets.topic.num.partitions", "6",
                "group.initial.rebalance.delay.ms", "0"));
        startQuietly(kafka);
        MongoServer mongoServer = new MongoServer(store.backend(scratch));
        mongoServer.bind("127.0.0.1", 0);
        InetSocketAddress address = mongoServer.getLocalAddress();
        return new Infrastructure(kafka, mongoServer, "127.0.0.1:" + address.getPort(), scratch);
    }

    /**
     * Kafka's storage formatter announces itself on standard output, which is reserved for the
     * result table; during the broker's start standard output goes to standard error.
     */
    private static void startQuietly(EmbeddedKafkaKraftBroker kafka) {
        PrintStream out = System.out;
        System.setOut(System.err);
        try {
            kafka.afterPropertiesSet();
        } finally {
            System.setOut(out);
        }
    }

    public String kafkaBootstrap() {
        return kafka.getBrokersAsString();
    }

    /** A fresh topic with as many partitions as the platform's event topics. */
    public void createTopic(String name) {
        kafka.addTopics(new NewTopic(name, TOPIC_PARTITIONS, (short) 1));
    }

    /** A service's connection string, as patient with the store as the embedded platform's (see {@link EmbeddedMongo#uri(String)}). */
    public String mongoUri(String database) {
        return "mongodb://" + mongoAddress + "/" + database + "?" + EmbeddedMongo.PATIENT_CONNECTION;
    }

    /** A client of the store, for the stages that bypass the kit (raw writes, checks). */
    public MongoClient mongo() {
        return mongo;
    }

    @Override
    public void close() {
        mongo.close();
        mongoServer.shutdownNow();
        kafka.destroy();
        deleteRecursively(scratchDirectory);
    }

    private static Path createScratchDirectory(StoreKind store) {
        try {
            return Files.createTempDirectory("eduaid-benchmark-" + store.label());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is not worth failing a finished run for
        }
    }
}
