package org.eduaid.kit.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.eduaid.contracts.EventCatalog;
import org.eduaid.contracts.TopicSpec;
import org.eduaid.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics this service owns: the event topics it is the one writer of, and a dead-letter
 * topic per input binding. Topics that exist are left as they are.
 */
public final class EventTopics {

    private static final Logger log = LoggerFactory.getLogger(EventTopics.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final KafkaConnection kafka;
    private final KafkaTopicsProperties properties;
    private final Map<String, Long> retentionByTopic;
    private volatile boolean created;

    public EventTopics(String service, KafkaConnection kafka, KafkaTopicsProperties properties,
            Map<String, String> groupByInputTopic) {
        this.kafka = kafka;
        this.properties = properties;
        Map<String, Long> topics = new TreeMap<>();
        for (TopicSpec topic : EventCatalog.TOPICS) {
            if (topic.producer().equals(service)) {
                topics.put(topic.name(), properties.eventRetentionMs());
            }
        }
        groupByInputTopic.forEach((topic, group) ->
                topics.put(Topics.deadLetterTopic(topic, group), properties.deadLetterRetentionMs()));
        this.retentionByTopic = Map.copyOf(topics);
    }

    public Set<String> names() {
        return retentionByTopic.keySet();
    }

    /** Creates missing topics; throws while Kafka is unreachable, so the caller retries. */
    public void ensureCreated() {
        if (created || retentionByTopic.isEmpty()) {
            return;
        }
        Map<String, Object> config = kafka.clientProperties();
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        // needs CREATE on the topics it creates, and sees only those it may DESCRIBE: the access policy grants both
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            List<NewTopic> missing = new ArrayList<>();
            retentionByTopic.forEach((name, retention) -> {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, properties.partitions(), properties.replicationFactor())
                            .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(retention))));
                }
            });
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                        throw e;
                    }
                }
                log.info("Created topics {}", missing.stream().map(NewTopic::name).toList());
            }
            created = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not create topics " + retentionByTopic.keySet() + ": " + e, e);
        }
    }
}
