package org.eduaid.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.security.scram.internals.ScramFormatter;
import org.apache.kafka.common.security.scram.internals.ScramMechanism;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.metadata.storage.Formatter;
import org.eduaid.contracts.access.KafkaLogin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker's storage directory. A KRaft node refuses to start on an unformatted directory, and
 * formatting again would mint a new cluster and orphan the stored records, so the directory is
 * formatted exactly once: when it has no {@code meta.properties} yet.
 * <p>
 * A new directory starts with the admin's SCRAM credential among its bootstrap records, so the
 * broker's inter-broker identity and the launcher can sign in from the first moment. A directory
 * formatted by an earlier launcher has none; it needs no migration by hand: {@link EmbeddedKafkaBroker}
 * finds the admin's sign-in refused and restarts the broker once to store the credential.
 */
final class KafkaStorage {

    private static final Logger log = LoggerFactory.getLogger(KafkaStorage.class);
    static final int SCRAM_ITERATIONS = 8192;

    private KafkaStorage() {
    }

    /**
     * Formats {@code dir} for a single combined node unless already done, with {@code admin}'s SCRAM
     * credential; returns the directory's cluster id.
     */
    static String formatIfNeeded(Path dir, int nodeId, String controllerListenerName, KafkaLogin admin) {
        Path meta = dir.resolve(MetaPropertiesEnsemble.META_PROPERTIES_NAME);
        if (Files.exists(meta)) {
            return clusterIdIn(meta);
        }
        String clusterId = Uuid.randomUuid().toString();
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        try (PrintStream reportStream = new PrintStream(report, true, StandardCharsets.UTF_8)) {
            Files.createDirectories(dir);
            new Formatter()
                    .setPrintStream(reportStream)
                    .setNodeId(nodeId)
                    .setClusterId(clusterId)
                    .setControllerListenerName(controllerListenerName)
                    .addDirectory(dir.toString())
                    .setMetadataLogDirectory(dir.toString())
                    .setScramArguments(List.of(scramArgument(admin)))
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format the Kafka storage directory " + dir, e);
        }
        log.info("Formatted {} for new Kafka cluster {}: {}", dir, clusterId, report.toString(StandardCharsets.UTF_8).trim());
        return clusterId;
    }

    /**
     * The bootstrap record's argument with the salted password rather than the password: the
     * formatter splits its argument on commas, which a password may contain.
     */
    static String scramArgument(KafkaLogin login) throws GeneralSecurityException {
        ScramMechanism mechanism = ScramMechanism.forMechanismName(login.mechanism());
        ScramFormatter formatter = new ScramFormatter(mechanism);
        byte[] salt = formatter.secureRandomBytes();
        byte[] saltedPassword = formatter.saltedPassword(login.password(), salt, SCRAM_ITERATIONS);
        Base64.Encoder base64 = Base64.getEncoder();
        return mechanism.mechanismName() + "=[name=" + login.username() + ",salt=" + base64.encodeToString(salt)
                + ",saltedpassword=" + base64.encodeToString(saltedPassword) + ",iterations=" + SCRAM_ITERATIONS + "]";
    }

    private static String clusterIdIn(Path meta) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(meta)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + meta, e);
        }
        String clusterId = properties.getProperty("cluster.id");
        if (clusterId == null) {
            throw new IllegalStateException(meta + " names no cluster.id; move the directory away to start afresh");
        }
        return clusterId;
    }
}
