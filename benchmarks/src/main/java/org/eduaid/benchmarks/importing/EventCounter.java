package org.eduaid.benchmarks.importing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.eduaid.benchmarks.BenchmarkFailure;
import org.eduaid.contracts.envelope.CloudEventHeaders;

/**
 * Reads the import's topic from the beginning, on a thread of its own, while the import runs, and
 * counts the records whose {@code ce_type} is the created event: the moment the last one is seen is
 * when every event is on Kafka (the record's timestamp would not say: the outbox stamps it with the
 * time the event occurred, not the time it was sent). A plain consumer with its partitions assigned,
 * no group: nothing to join, nothing committed.
 */
final class EventCounter implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);

    private final String topic;
    private final byte[] type;
    private final Map<String, Object> config;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private long counted;
    private long lastSeenNanos;
    private RuntimeException failure;

    private EventCounter(String bootstrap, String topic, String type) {
        this.topic = topic;
        this.type = type.getBytes(StandardCharsets.UTF_8);
        this.config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000,
                ConsumerConfig.CLIENT_ID_CONFIG, "benchmark-import-event-counter");
        this.thread = new Thread(this::consume, "benchmark-event-counter");
        this.thread.setDaemon(true);
    }

    /** Starts counting; the topic must exist (the benchmark creates it before the service starts). */
    static EventCounter start(String bootstrap, String topic, String type) {
        EventCounter counter = new EventCounter(bootstrap, topic, type);
        counter.thread.start();
        return counter;
    }

    private void consume() {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (running.get()) {
                long matching = 0;
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    Header header = record.headers().lastHeader(CloudEventHeaders.TYPE);
                    if (header != null && Arrays.equals(header.value(), type)) {
                        matching++;
                    }
                }
                if (matching > 0) {
                    long now = System.nanoTime();
                    synchronized (this) {
                        counted += matching;
                        lastSeenNanos = now;
                        notifyAll();
                    }
                }
            }
        } catch (RuntimeException e) {
            synchronized (this) {
                failure = e;
                notifyAll();
            }
        }
    }

    /** What has been counted so far, and when the last of it was seen. */
    synchronized Count count() {
        if (failure != null) {
            throw new BenchmarkFailure("the consumer of " + topic + " failed: " + failure, failure);
        }
        return new Count(counted, lastSeenNanos);
    }

    /** Waits until at least {@code target} events are counted, or until {@code giveUpAtNanos}. */
    synchronized Count awaitAtLeast(long target, long giveUpAtNanos) throws InterruptedException {
        while (counted < target && failure == null) {
            long left = giveUpAtNanos - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return count();
    }

    @Override
    public void close() {
        running.set(false);
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @param lastSeenNanos {@link System#nanoTime()} when the last counted event was read; 0 before any */
    record Count(long events, long lastSeenNanos) {
    }
}
