package org.eduaid.launcher;

import java.nio.file.Path;
import java.util.Map;

import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real Apache Kafka broker in this JVM: one KRaft node acting as broker and controller, keeping
 * its log in a directory of the caller's choice so that records survive a restart on that
 * directory. Sized for one developer: replication factor 1, six partitions per auto-created topic.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final String clusterId;

    private EmbeddedKafkaBroker(KafkaRaftServer server, String bootstrapServers, String clusterId) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.clusterId = clusterId;
    }

    /**
     * Starts a broker on {@code localhost:port} storing its log in {@code storageDir}, formatting the
     * directory on first use. Returns once the broker accepts clients.
     */
    public static EmbeddedKafkaBroker start(Path storageDir, int port) {
        String clusterId = KafkaStorage.formatIfNeeded(storageDir, NODE_ID, CONTROLLER_LISTENER);
        // The controller port is picked afresh on every start: with a static voter set (below) the
        // stored metadata remembers voter ids, not their addresses.
        int controllerPort = Ports.findFree();
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(config(storageDir, port, controllerPort), false),
                Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            shutDown(server);
            throw new IllegalStateException("Kafka could not start on port " + port + " with storage " + storageDir, e);
        }
        String bootstrapServers = "localhost:" + port;
        log.info("Kafka cluster {} is up at {} (storage {})", clusterId, bootstrapServers, storageDir);
        return new EmbeddedKafkaBroker(server, bootstrapServers, clusterId);
    }

    private static Map<String, String> config(Path storageDir, int port, int controllerPort) {
        return Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", String.valueOf(NODE_ID)),
                Map.entry("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort),
                Map.entry("controller.listener.names", CONTROLLER_LISTENER),
                Map.entry("listeners", "PLAINTEXT://localhost:" + port + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://localhost:" + port),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT"),
                Map.entry("log.dirs", storageDir.toString()),
                Map.entry("auto.create.topics.enable", "true"),
                Map.entry("num.partitions", "6"),
                Map.entry("default.replication.factor", "1"),
                Map.entry("min.insync.replicas", "1"),
                Map.entry("offsets.topic.replication.factor", "1"),
                // 50 partitions by default; a single developer's consumer groups need far fewer, and
                // each one is a set of files and an election on the first join
                Map.entry("offsets.topic.num.partitions", "6"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("transaction.state.log.num.partitions", "6"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                // nobody else is going to join: do not hold the first consumer back for 3 s
                Map.entry("group.initial.rebalance.delay.ms", "0"));
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Stays the same across restarts on the same storage directory. */
    public String clusterId() {
        return clusterId;
    }

    /** Shuts the broker down cleanly, so the next start on the directory needs no log recovery. */
    @Override
    public void close() {
        shutDown(server);
        log.info("Kafka at {} stopped", bootstrapServers);
    }

    private static void shutDown(KafkaRaftServer server) {
        server.shutdown();
        server.awaitShutdown();
    }
}
