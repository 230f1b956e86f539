package org.eduaid.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Stage 1, the ceiling of the hop's Kafka side: a native producer configured like the outbox
 * relay's sends the school registrations to a fresh topic and waits for every acknowledgement.
 * The records are built before the clock starts, so only Kafka is measured.
 * Measured {@link BenchmarkOptions#RAW_REPEATS} times, each on a fresh topic; the median counts.
 */
public final class RawKafkaProduce {

    static final String STAGE = "raw Kafka produce";
    private static final String TOPIC = "bench.raw-produce";
    private static final String WARM_UP_TOPIC = TOPIC + ".warm-up";

    private final Infrastructure infrastructure;
    private final BenchmarkOptions options;

    RawKafkaProduce(Infrastructure infrastructure, BenchmarkOptions options) {
        this.infrastructure = infrastructure;
        this.options = options;
    }

    StageResult run() {
        infrastructure.createTopic(WARM_UP_TOPIC);
        List<StageResult> runs = new ArrayList<>();
        try (Producer<String, byte[]> producer = new KafkaProducer<>(
                relayProducerConfig(infrastructure.kafkaBootstrap(), "benchmark-raw-produce"))) {
            sendAndAwait(producer, records(WARM_UP_TOPIC, SchoolSeries.WARM_UP, options.warmUpEvents()));
            for (int run = 1; run <= BenchmarkOptions.RAW_REPEATS; run++) {
                String topic = TOPIC + "." + run;
                infrastructure.createTopic(topic);
                List<ProducerRecord<String, byte[]>> measured = records(topic, SchoolSeries.MEASURED, options.events());
                // fetch the topic's metadata now, not on the first measured send
                producer.partitionsFor(topic);
                long start = System.nanoTime();
                sendAndAwait(producer, measured);
                runs.add(StageResult.of(STAGE, measured.size(), System.nanoTime() - start));
            }
        }
        return StageResult.median(runs);
    }

    static List<ProducerRecord<String, byte[]>> records(String topic, SchoolSeries series, int count) {
        CloudEventRecords records = new CloudEventRecords();
        return IntStream.range(0, count).mapToObj(index -> records.registration(topic, School.generate(series, index)))
                .toList();
    }

    /** Sends the records, flushes, and waits until Kafka has acknowledged every one. */
    public static void sendAndAwait(Producer<String, byte[]> producer, List<ProducerRecord<String, byte[]>> records) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
        for (ProducerRecord<String, byte[]> record : records) {
            acks.add(producer.send(record));
        }
        producer.flush();
        try {
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka did not acknowledge a record", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for acknowledgements", e);
        }
    }

    /**
     * The relay's producer settings (OutboxRelayFactory), so a raw stage and the relay differ only in
     * what surrounds the send.
     */
    public static Map<String, Object> relayProducerConfig(String bootstrap, String clientId) {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.CLIENT_ID_CONFIG, clientId);
    }
}
