package org.eduaid.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker's storage directory. A KRaft node refuses to start on an unformatted directory, and
 * formatting again would mint a new cluster and orphan the stored records, so the directory is
 * formatted exactly once: when it has no {@code meta.properties} yet.
 */
final class KafkaStorage {

    private static final Logger log = LoggerFactory.getLogger(KafkaStorage.class);

    private KafkaStorage() {
    }

    /** Formats {@code dir} for a single combined node unless already done; returns its cluster id. */
    static String formatIfNeeded(Path dir, int nodeId, String controllerListenerName) {
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
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format the Kafka storage directory " + dir, e);
        }
        log.info("Formatted {} for new Kafka cluster {}: {}", dir, clusterId, report.toString(StandardCharsets.UTF_8).trim());
        return clusterId;
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
