package org.eduaid.benchmarks.subsidy;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.eduaid.benchmarks.BenchmarkFailure;

/**
 * How far a consumer group is behind on a topic, from Kafka's own figures (an {@link Admin}): per
 * partition the end offset minus the group's committed offset (zero where it has committed
 * nothing), summed. A group with no lag has processed and committed everything sent, which is when
 * the consuming service is done with a feed. Knows nothing of the service's API.
 */
final class ConsumerLag implements AutoCloseable {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(200);

    private final Admin admin;

    ConsumerLag(String bootstrap) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.CLIENT_ID_CONFIG, "benchmark-consumer-lag"));
    }

    /** The group's lag on the topic's partitions now. */
    long lag(String group, String topic) {
        Map<TopicPartition, OffsetAndMetadata> committed = get(admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata());
        List<TopicPartition> partitions = get(admin.describeTopics(List.of(topic)).allTopicNames()).get(topic)
                .partitions().stream().map(info -> new TopicPartition(topic, info.partition())).toList();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(partition -> latest.put(partition, OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = get(admin.listOffsets(latest).all());
        return lag(partitions, ends, committed);
    }

    static long lag(Collection<TopicPartition> partitions, Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends,
            Map<TopicPartition, OffsetAndMetadata> committed) {
        long lag = 0;
        for (TopicPartition partition : partitions) {
            long end = ends.get(partition).offset();
            OffsetAndMetadata offset = committed.get(partition);
            lag += Math.max(0, end - (offset == null ? 0 : offset.offset()));
        }
        return lag;
    }

    /**
     * Waits until the group has a member and is stable: a consumer that joins after the feed might
     * start at the end and skip it; one that is still joining would add its rebalance to the time.
     */
    void awaitJoined(String group, Duration timeout, BooleanSupplier alive) throws InterruptedException {
        long giveUpAt = System.nanoTime() + timeout.toNanos();
        while (true) {
            ConsumerGroupDescription description = get(admin.describeConsumerGroups(List.of(group)).all()).get(group);
            if (description != null && description.groupState() == GroupState.STABLE && !description.members().isEmpty()) {
                return;
            }
            checkAlive(alive, group);
            if (System.nanoTime() > giveUpAt) {
                throw new BenchmarkFailure("consumer group " + group + " did not join within " + timeout.toSeconds()
                        + " s (state " + (description == null ? "unknown" : description.groupState()) + ")");
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /**
     * Waits until the group has no lag on the topic; {@code progress} hears the lag now and then.
     *
     * @return when the lag was first seen at zero ({@link System#nanoTime()})
     */
    long awaitNoLag(String group, String topic, Duration timeout, BooleanSupplier alive, LongConsumer progress,
            Duration progressEvery) throws InterruptedException {
        long giveUpAt = System.nanoTime() + timeout.toNanos();
        long nextProgress = System.nanoTime() + progressEvery.toNanos();
        while (true) {
            long lag = lag(group, topic);
            long now = System.nanoTime();
            if (lag == 0) {
                return now;
            }
            checkAlive(alive, group);
            if (now > giveUpAt) {
                throw new BenchmarkFailure("consumer group " + group + " was still " + lag + " records behind on "
                        + topic + " after " + timeout.toSeconds() + " s");
            }
            if (now > nextProgress) {
                progress.accept(lag);
                nextProgress = now + progressEvery.toNanos();
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private static void checkAlive(BooleanSupplier alive, String group) {
        if (!alive.getAsBoolean()) {
            throw new BenchmarkFailure("the consumer of group " + group + " ended (the service died)");
        }
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new BenchmarkFailure("Kafka's admin API failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new BenchmarkFailure("Kafka's admin API did not answer within " + CALL_TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkFailure("interrupted while asking Kafka", e);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
