package org.eduaid.kit.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the service creates the topics it writes (its event topics and its dead-letter topics), under
 * {@code eduaid.kafka}. Event topics keep their records forever by default, because reporting
 * rebuilds its read model by replaying them.
 */
@ConfigurationProperties("eduaid.kafka")
public record KafkaTopicsProperties(Integer partitions, Short replicationFactor, Long eventRetentionMs,
        Long deadLetterRetentionMs) {

    public KafkaTopicsProperties {
        partitions = partitions == null ? 6 : partitions;
        replicationFactor = replicationFactor == null ? 1 : replicationFactor;
        eventRetentionMs = eventRetentionMs == null ? -1L : eventRetentionMs;
        deadLetterRetentionMs = deadLetterRetentionMs == null ? 90L * 24 * 3600 * 1000 : deadLetterRetentionMs;
    }
}
