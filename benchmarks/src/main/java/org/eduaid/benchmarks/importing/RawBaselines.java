package org.eduaid.benchmarks.importing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.eduaid.benchmarks.BenchmarkFailure;
import org.eduaid.benchmarks.BenchmarkOptions;
import org.eduaid.benchmarks.Infrastructure;
import org.eduaid.benchmarks.RawKafkaProduce;
import org.eduaid.benchmarks.StageResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Mono;

/**
 * The yardsticks, on the same broker and store as the import, with as many documents and records
 * as the file has rows: the driver's unordered {@code insertMany} of student documents, {@code --batch}
 * at a time (as {@code RawStoreInsert} does for the hop, and {@code AggregateStore.insertAll} for the
 * service), and a producer set up like the outbox relay's sending the {@code StudentRegistered}
 * records. Documents and records are built outside the clock, in chunks of {@value #CHUNK} so that a
 * file's worth of them never sits in memory; each chunk is timed from its first write until its last
 * acknowledgement. Each is measured {@link BenchmarkOptions#RAW_REPEATS} times into a fresh collection
 * or topic after a warm-up; the median counts. The raw database is dropped afterwards, so the
 * service's store starts as empty as it would without the baselines.
 */
final class RawBaselines {

    static final String STORE_STAGE = "raw store bulk insertMany";
    static final String KAFKA_STAGE = "raw Kafka produce";
    static final int CHUNK = 10_000;

    private static final Logger log = LoggerFactory.getLogger(RawBaselines.class);
    private static final String DATABASE = "bench_raw_import";
    private static final String TOPIC = "bench.raw-import-produce";
    private static final Duration OPERATION_TIMEOUT = Duration.ofMinutes(2);

    private final Infrastructure infrastructure;
    private final StudentFile file;
    private final ImportBenchmarkOptions options;
    private final StudentDocuments documents = new StudentDocuments();

    RawBaselines(Infrastructure infrastructure, StudentFile file, ImportBenchmarkOptions options) {
        this.infrastructure = infrastructure;
        this.file = file;
        this.options = options;
    }

    /** The BSON size of the first row's document, for the table's header. */
    int documentBytes() {
        Document document = documents.document(file.student(0));
        return new RawBsonDocument(document, new DocumentCodec()).getByteBuffer().remaining();
    }

    /** Key, value and headers of the first row's record. */
    int recordBytes() {
        ProducerRecord<String, byte[]> record = documents.record(TOPIC, file.student(0));
        int size = record.key().length() + record.value().length;
        for (var header : record.headers()) {
            size += header.key().length() + header.value().length;
        }
        return size;
    }

    StageResult storeInsert() {
        MongoDatabase database = infrastructure.mongo().getDatabase(DATABASE);
        try {
            insert(database.getCollection("students_warm_up"), options.warmUpRows());
            List<StageResult> runs = new ArrayList<>();
            for (int run = 1; run <= BenchmarkOptions.RAW_REPEATS; run++) {
                MongoCollection<Document> students = database.getCollection("students_" + run);
                long nanos = insert(students, options.rows());
                long stored = Mono.from(students.countDocuments()).block(OPERATION_TIMEOUT);
                if (stored != options.rows()) {
                    throw new BenchmarkFailure("the store holds " + stored + " of " + options.rows() + " documents");
                }
                StageResult result = StageResult.of(STORE_STAGE, options.rows(), nanos);
                log.info("{} run {}: {} documents/s", STORE_STAGE, run, Math.round(result.perSecond()));
                runs.add(result);
            }
            return StageResult.median(runs);
        } finally {
            Mono.from(database.drop()).block(OPERATION_TIMEOUT);
        }
    }

    /** Inserts the first {@code count} rows' documents; returns the nanoseconds spent writing. */
    private long insert(MongoCollection<Document> collection, int count) {
        InsertManyOptions unordered = new InsertManyOptions().ordered(false);
        long writing = 0;
        for (int chunkStart = 0; chunkStart < count; chunkStart += CHUNK) {
            List<Document> chunk = new ArrayList<>(CHUNK);
            for (int index = chunkStart; index < Math.min(count, chunkStart + CHUNK); index++) {
                chunk.add(documents.document(file.student(index)));
            }
            long start = System.nanoTime();
            for (int from = 0; from < chunk.size(); from += options.batch()) {
                List<Document> batch = chunk.subList(from, Math.min(from + options.batch(), chunk.size()));
                Mono.from(collection.insertMany(batch, unordered)).block(OPERATION_TIMEOUT);
            }
            writing += System.nanoTime() - start;
        }
        return writing;
    }

    StageResult kafkaProduce() {
        String warmUpTopic = TOPIC + ".warm-up";
        infrastructure.createTopic(warmUpTopic);
        List<StageResult> runs = new ArrayList<>();
        try (Producer<String, byte[]> producer = new KafkaProducer<>(
                RawKafkaProduce.relayProducerConfig(infrastructure.kafkaBootstrap(), "benchmark-raw-import-produce"))) {
            prime(producer, warmUpTopic);
            produce(producer, warmUpTopic, options.warmUpRows());
            for (int run = 1; run <= BenchmarkOptions.RAW_REPEATS; run++) {
                String topic = TOPIC + "." + run;
                infrastructure.createTopic(topic);
                prime(producer, topic);
                StageResult result = StageResult.of(KAFKA_STAGE, options.rows(), produce(producer, topic, options.rows()));
                log.info("{} run {}: {} records/s", KAFKA_STAGE, run, Math.round(result.perSecond()));
                runs.add(result);
            }
        }
        return StageResult.median(runs);
    }

    /**
     * One acknowledged record to each partition of a fresh topic before the clock starts. A just
     * created partition may still refuse a first batch (NOT_LEADER_OR_FOLLOWER) while it accepts the
     * next ones; the idempotent producer then retries the first batch's sequence number against a
     * partition that has moved past it, and never gets it acknowledged. Seen on a busy machine.
     */
    private static void prime(Producer<String, byte[]> producer, String topic) {
        try {
            for (var partition : producer.partitionsFor(topic)) {
                producer.send(new ProducerRecord<>(topic, partition.partition(), "prime", new byte[0])).get();
            }
        } catch (ExecutionException e) {
            throw new BenchmarkFailure("Kafka did not take a first record on " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkFailure("interrupted while priming " + topic, e);
        }
    }

    /** Sends the first {@code count} rows' records; returns the nanoseconds from sends to acknowledgements. */
    private long produce(Producer<String, byte[]> producer, String topic, int count) {
        long sending = 0;
        for (int chunkStart = 0; chunkStart < count; chunkStart += CHUNK) {
            List<ProducerRecord<String, byte[]>> chunk = new ArrayList<>(CHUNK);
            for (int index = chunkStart; index < Math.min(count, chunkStart + CHUNK); index++) {
                chunk.add(documents.record(topic, file.student(index)));
            }
            long start = System.nanoTime();
            RawKafkaProduce.sendAndAwait(producer, chunk);
            sending += System.nanoTime() - start;
        }
        return sending;
    }
}
