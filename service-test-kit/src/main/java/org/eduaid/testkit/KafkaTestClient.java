package org.eduaid.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain Kafka clients on the test broker: send records as an outside system would, read any topic. */
public final class KafkaTestClient implements AutoCloseable {

    private final Map<String, Object> connection;
    private final KafkaProducer<String, byte[]> producer;

    public KafkaTestClient(String bootstrap) {
        this(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    /** On a secured broker: bootstrap servers and the SASL settings of the principal to act as. */
    public KafkaTestClient(Map<String, Object> connection) {
        this.connection = Map.copyOf(connection);
        Map<String, Object> config = new HashMap<>(connection);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(config);
    }

    public static KafkaTestClient forTestBroker() {
        return new KafkaTestClient(TestInfrastructure.get().kafkaBootstrap());
    }

    /** One client on the test broker for the whole test JVM, closed when the JVM exits. */
    public static KafkaTestClient shared() {
        return Shared.CLIENT;
    }

    private static final class Shared {

        static final KafkaTestClient CLIENT = forTestBroker();

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(CLIENT::close, "kafka-test-client-close"));
        }
    }

    public void send(ProducerRecord<String, byte[]> record) {
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send to " + record.topic(), e);
        }
    }

    /**
     * Sends every record before waiting for any, then waits for all: thousands of records in the
     * time the producer needs to batch them, not one broker round trip each. Records with the same
     * key keep their order (one partition, sent in list order).
     */
    public void sendAll(List<ProducerRecord<String, byte[]>> records) {
        List<Future<RecordMetadata>> sent = new ArrayList<>(records.size());
        for (ProducerRecord<String, byte[]> record : records) {
            sent.add(producer.send(record));
        }
        producer.flush();
        try {
            for (Future<RecordMetadata> future : sent) {
                future.get(60, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send " + records.size() + " records", e);
        }
    }

    /** Everything on a topic so far, read from the beginning with a throwaway group. */
    public List<ConsumerRecord<String, byte[]>> readAll(String topic, Duration patience) {
        Map<String, Object> config = new HashMap<>(connection);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + patience.toNanos();
            int emptyPollsAfterData = 0;
            while (System.nanoTime() < deadline && emptyPollsAfterData < 2) {
                var polled = consumer.poll(Duration.ofMillis(500));
                polled.forEach(records::add);
                if (polled.isEmpty() && !consumer.assignment().isEmpty()) {
                    emptyPollsAfterData++;
                }
            }
            return records;
        }
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
