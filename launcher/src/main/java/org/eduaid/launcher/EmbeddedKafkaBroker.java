package org.eduaid.launcher;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.utils.Time;
import org.eduaid.contracts.access.KafkaAccessPolicy;
import org.eduaid.contracts.access.KafkaLogin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real Apache Kafka broker in this JVM: one KRaft node acting as broker and controller, keeping
 * its log in a directory of the caller's choice so that records survive a restart on that
 * directory. Sized for one developer: replication factor 1, six partitions per auto-created topic.
 * <p>
 * Secured as docker-compose.yml's broker is: clients sign in with SASL/SCRAM-SHA-512 and may do only
 * what the {@link KafkaAccessPolicy} grants (StandardAuthorizer, nothing allowed without an ACL);
 * {@value KafkaAccessPolicy#ADMIN} is the super user and the inter-broker identity. Passwords come
 * from the {@link PlatformSecrets}. The controller listener stays on loopback, where only the admin
 * signs in (PLAIN, checked against this configuration).
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final int NODE_ID = 1;
    private static final String CLIENT_LISTENER = "CLIENT";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final String clusterId;
    private final KafkaCredentials credentials;

    private EmbeddedKafkaBroker(KafkaRaftServer server, String bootstrapServers, String clusterId,
            KafkaCredentials credentials) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.clusterId = clusterId;
        this.credentials = credentials;
    }

    /**
     * Starts a broker on {@code localhost:port} storing its log in {@code storageDir}, formatting the
     * directory on first use, and brings its users, ACLs and topics to the event catalogue's. Returns
     * once the broker enforces them.
     */
    public static EmbeddedKafkaBroker start(Path storageDir, int port, PlatformSecrets secrets) {
        KafkaCredentials credentials = new KafkaCredentials(secrets);
        String clusterId = KafkaStorage.formatIfNeeded(storageDir, NODE_ID, CONTROLLER_LISTENER,
                credentials.scram(KafkaAccessPolicy.ADMIN));
        String bootstrapServers = "localhost:" + port;
        EmbeddedKafkaAccess access = new EmbeddedKafkaAccess(KafkaAccessPolicy.catalogue(), credentials, bootstrapServers);
        KafkaRaftServer server = withAdminCredential(startServer(storageDir, port, credentials, false), storageDir, port,
                credentials, access);
        try {
            access.apply();
        } catch (RuntimeException e) {
            shutDown(server);
            throw new IllegalStateException("Kafka started on port " + port + " but its users, ACLs and topics could not be set up", e);
        }
        log.info("Kafka cluster {} is up at {} (storage {})", clusterId, bootstrapServers, storageDir);
        return new EmbeddedKafkaBroker(server, bootstrapServers, clusterId, credentials);
    }

    /**
     * The running {@code server} if it takes the admin's password; else, on a directory formatted
     * before Kafka security or after the admin's password was changed, a server restarted once to
     * store the admin's credential and then again as usual.
     */
    private static KafkaRaftServer withAdminCredential(KafkaRaftServer server, Path storageDir, int port,
            KafkaCredentials credentials, EmbeddedKafkaAccess access) {
        try {
            if (access.adminSignsIn()) {
                return server;
            }
        } catch (RuntimeException e) {
            shutDown(server);
            throw e;
        }
        log.info("The admin's Kafka credential in {} is missing or older than {}{} in the platform secrets: "
                + "restarting once to store it", storageDir, KafkaCredentials.SECRET_PREFIX, KafkaAccessPolicy.ADMIN);
        shutDown(server);
        KafkaRaftServer storing = startServer(storageDir, port, credentials, true);
        try {
            access.writeAdminCredential();
        } finally {
            shutDown(storing);
        }
        return startServer(storageDir, port, credentials, false);
    }

    /**
     * {@code adminPlainLogin}: the client listener also takes the admin's PLAIN login, for storing
     * the admin's SCRAM credential where it is missing (a directory formatted before Kafka security)
     * or stale (the admin's password changed in the secrets); no app runs while it does.
     */
    private static KafkaRaftServer startServer(Path storageDir, int port, KafkaCredentials credentials,
            boolean adminPlainLogin) {
        // The controller port is picked afresh on every start: with a static voter set (below) the
        // stored metadata remembers voter ids, not their addresses.
        int controllerPort = Ports.findFree();
        Map<String, String> config = new LinkedHashMap<>(config(storageDir, port, controllerPort, credentials));
        if (adminPlainLogin) {
            config.put("listener.name.client.sasl.enabled.mechanisms", KafkaLogin.SCRAM_SHA_512 + "," + KafkaLogin.PLAIN);
            config.put("listener.name.client.plain.sasl.jaas.config", credentials.plainListenerJaasConfig());
        }
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            shutDown(server);
            throw new IllegalStateException("Kafka could not start on port " + port + " with storage " + storageDir, e);
        }
        return server;
    }

    private static Map<String, String> config(Path storageDir, int port, int controllerPort, KafkaCredentials credentials) {
        KafkaLogin admin = credentials.scram(KafkaAccessPolicy.ADMIN);
        String client = CLIENT_LISTENER.toLowerCase(Locale.ROOT) + ".";
        String controller = CONTROLLER_LISTENER.toLowerCase(Locale.ROOT) + ".";
        return Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", String.valueOf(NODE_ID)),
                Map.entry("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort),
                Map.entry("controller.listener.names", CONTROLLER_LISTENER),
                Map.entry("listeners", CLIENT_LISTENER + "://localhost:" + port + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort),
                Map.entry("advertised.listeners", CLIENT_LISTENER + "://localhost:" + port),
                Map.entry("inter.broker.listener.name", CLIENT_LISTENER),
                Map.entry("listener.security.protocol.map", CLIENT_LISTENER + ":SASL_PLAINTEXT," + CONTROLLER_LISTENER + ":SASL_PLAINTEXT"),
                // clients and the broker itself: SCRAM, checked against the credentials in the metadata
                Map.entry("listener.name." + client + "sasl.enabled.mechanisms", KafkaLogin.SCRAM_SHA_512),
                Map.entry("listener.name." + client + "scram-sha-512.sasl.jaas.config", admin.jaasConfig()),
                Map.entry("sasl.mechanism.inter.broker.protocol", KafkaLogin.SCRAM_SHA_512),
                // a controller cannot check SCRAM against the metadata it serves itself: PLAIN, the admin only
                Map.entry("listener.name." + controller + "sasl.enabled.mechanisms", KafkaLogin.PLAIN),
                Map.entry("listener.name." + controller + "plain.sasl.jaas.config", credentials.plainListenerJaasConfig()),
                Map.entry("sasl.mechanism.controller.protocol", KafkaLogin.PLAIN),
                Map.entry("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer"),
                Map.entry("allow.everyone.if.no.acl.found", "false"),
                Map.entry("super.users", KafkaAccessPolicy.kafkaPrincipal(KafkaAccessPolicy.ADMIN)),
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

    /**
     * Everything a Kafka client needs to reach this broker as {@code principal} (a service, an
     * outside system or {@value KafkaAccessPolicy#ADMIN}): bootstrap servers and SASL settings.
     */
    public Map<String, Object> clientProperties(String principal) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.putAll(KafkaCredentials.clientSecurity(credentials.scram(principal)));
        return config;
    }

    /** The environment that makes an EduAid service sign in as {@code principal} (the service kit's settings). */
    public Map<String, String> serviceEnvironment(String principal) {
        KafkaLogin login = credentials.scram(principal);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_SECURITY_PROTOCOL", SecurityProtocol.SASL_PLAINTEXT.name);
        env.put("KAFKA_SASL_MECHANISM", login.mechanism());
        env.put("KAFKA_USERNAME", login.username());
        env.put("KAFKA_PASSWORD", login.password());
        return env;
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
