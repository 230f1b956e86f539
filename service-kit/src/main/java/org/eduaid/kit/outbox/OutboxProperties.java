package org.eduaid.kit.outbox;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The relay's settings, under {@code eduaid.outbox}.
 *
 * @param enabled whether this replica runs a relay at all
 * @param partitions relay partitions leased among replicas; keep it the same on every replica
 * @param leaseTtl how long a lease lasts without renewal
 * @param batchSize aggregates read per collection and round
 * @param idlePoll how long an idle relay waits before looking again (a local write wakes it sooner)
 * @param sweepInterval how often the relay scans its partitions for events it was not told about
 *        (other replicas' writes, partitions it took over)
 * @param retryBackoffMax the longest wait between attempts while Kafka or MongoDB is unavailable
 * @param producer extra Kafka producer settings for the relay's native producer
 */
@ConfigurationProperties("eduaid.outbox")
public record OutboxProperties(Boolean enabled, Integer partitions, Duration leaseTtl, Integer batchSize,
        Duration idlePoll, Duration sweepInterval, Duration retryBackoffMax, Map<String, String> producer) {

    public OutboxProperties {
        enabled = enabled == null || enabled;
        partitions = partitions == null ? 8 : partitions;
        leaseTtl = leaseTtl == null ? Duration.ofSeconds(15) : leaseTtl;
        batchSize = batchSize == null ? 500 : batchSize;
        idlePoll = idlePoll == null ? Duration.ofMillis(200) : idlePoll;
        sweepInterval = sweepInterval == null ? Duration.ofSeconds(2) : sweepInterval;
        retryBackoffMax = retryBackoffMax == null ? Duration.ofSeconds(15) : retryBackoffMax;
        producer = producer == null ? Map.of() : new LinkedHashMap<>(producer);
    }
}
