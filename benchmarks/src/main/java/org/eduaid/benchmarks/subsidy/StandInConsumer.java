package org.eduaid.benchmarks.subsidy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * {@code --service=none}: a consumer in the service's group that reads and commits every record
 * and does nothing else, so the feed and the lag watcher can be run (and timed) without the
 * service: the ceiling of the ingest stage on this machine.
 */
final class StandInConsumer implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong records = new AtomicLong();

    private StandInConsumer(String bootstrap, String group, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.CLIENT_ID_CONFIG, "benchmark-stand-in-" + group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
        consumer.subscribe(List.of(topic));
        thread = new Thread(this::consume, "benchmark-stand-in-" + group);
        thread.setDaemon(true);
    }

    static StandInConsumer start(String bootstrap, String group, String topic) {
        StandInConsumer standIn = new StandInConsumer(bootstrap, group, topic);
        standIn.thread.start();
        return standIn;
    }

    boolean isAlive() {
        return thread.isAlive();
    }

    long records() {
        return records.get();
    }

    private void consume() {
        try {
            while (running.get()) {
                int count = consumer.poll(Duration.ofMillis(200)).count();
                if (count > 0) {
                    records.addAndGet(count);
                    consumer.commitSync();
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        consumer.wakeup();
        thread.join(10_000);
    }
}
