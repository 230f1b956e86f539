package org.eduaid.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.bson.Document;

import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Mono;

/**
 * Stage 2, the yardstick of the target: the driver's unordered {@code insertMany} of school
 * documents into a fresh collection, one batch after the other, as a bulk import that bypasses the
 * outbox would write them. Same driver, same batch size and same options as
 * {@code AggregateStore.insertAll}; the documents are built before the clock starts.
 * Measured {@link BenchmarkOptions#RAW_REPEATS} times, each into a fresh collection; the median counts.
 */
final class RawStoreInsert {

    static final String STAGE = "raw store bulk insertMany";
    static final String DATABASE = "bench_raw_store";
    private static final Duration OPERATION_TIMEOUT = Duration.ofMinutes(2);

    private final Infrastructure infrastructure;
    private final BenchmarkOptions options;

    RawStoreInsert(Infrastructure infrastructure, BenchmarkOptions options) {
        this.infrastructure = infrastructure;
        this.options = options;
    }

    StageResult run() {
        MongoDatabase database = infrastructure.mongo().getDatabase(DATABASE);
        insertInBatches(database.getCollection("schools_warm_up"), documents(SchoolSeries.WARM_UP, options.warmUpEvents()));
        List<StageResult> runs = new ArrayList<>();
        for (int run = 1; run <= BenchmarkOptions.RAW_REPEATS; run++) {
            List<Document> measured = documents(SchoolSeries.MEASURED, options.events());
            MongoCollection<Document> schools = database.getCollection("schools_" + run);
            long start = System.nanoTime();
            insertInBatches(schools, measured);
            runs.add(StageResult.of(STAGE, measured.size(), System.nanoTime() - start));
            long stored = Mono.from(schools.countDocuments()).block(OPERATION_TIMEOUT);
            if (stored != measured.size()) {
                throw new IllegalStateException("the store holds " + stored + " of " + measured.size() + " documents");
            }
        }
        return StageResult.median(runs);
    }

    /** The school's state under its code, as the aggregate store keys it. */
    static Document document(School school) {
        Document document = school.state();
        document.put("_id", school.code());
        return document;
    }

    private static List<Document> documents(SchoolSeries series, int count) {
        return IntStream.range(0, count).mapToObj(index -> document(School.generate(series, index))).toList();
    }

    private void insertInBatches(MongoCollection<Document> collection, List<Document> documents) {
        InsertManyOptions unordered = new InsertManyOptions().ordered(false);
        for (int from = 0; from < documents.size(); from += options.batch()) {
            List<Document> batch = documents.subList(from, Math.min(from + options.batch(), documents.size()));
            Mono.from(collection.insertMany(batch, unordered)).block(OPERATION_TIMEOUT);
        }
    }
}
