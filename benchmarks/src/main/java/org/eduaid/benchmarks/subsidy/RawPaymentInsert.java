package org.eduaid.benchmarks.subsidy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.eduaid.benchmarks.BenchmarkFailure;
import org.eduaid.benchmarks.BenchmarkOptions;
import org.eduaid.benchmarks.Infrastructure;
import org.eduaid.benchmarks.PendingOutbox;
import org.eduaid.benchmarks.StageResult;
import org.eduaid.contracts.subsidy.AidAmount;
import org.eduaid.contracts.subsidy.AidPaymentApproved;
import org.eduaid.contracts.subsidy.AidPaymentFacts;
import org.eduaid.kit.events.EventEnveloper;
import org.eduaid.kit.events.EventJson;
import org.eduaid.kit.events.OutboundEvent;
import org.eduaid.kit.events.TraceContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Mono;

/**
 * The yardstick: the driver's unordered {@code insertMany} of as many payment-shaped documents as
 * the batch should seal, {@code --batch} at a time, into a fresh collection of the benchmark's
 * store. Each document is what a new payment aggregate looks like as the kit's {@code AggregateStore}
 * writes it: {@code _id} {@code studentId~programme~term}, {@code _version}, the facts and the amount
 * in fen, one ledger entry, and the {@code AidPaymentApproved} event in {@code _outbox} with
 * {@code _outboxSince} and {@code _outboxPartition}. An approximation of the payment feature's own
 * document. Documents are built outside the clock in chunks of {@value #CHUNK}. Measured
 * {@link BenchmarkOptions#RAW_REPEATS} times after a warm-up; the median counts; the database is
 * dropped afterwards so the service's store starts as empty as without it. Knows nothing of the
 * service's API.
 */
final class RawPaymentInsert {

    static final String STAGE = "raw store bulk insertMany";
    static final int CHUNK = 10_000;

    private static final Logger log = LoggerFactory.getLogger(RawPaymentInsert.class);
    private static final String DATABASE = "bench_raw_subsidy";
    private static final String PROGRAMME = "BENCH-RAW-BOARDING";
    private static final Duration OPERATION_TIMEOUT = Duration.ofMinutes(2);
    private static final Instant APPROVED_AT = Instant.parse("2026-09-01T00:00:00Z");

    private final Infrastructure infrastructure;
    private final String countyCode;
    private final String term;
    private final int documents;
    private final int batch;
    private final EventEnveloper enveloper = new EventEnveloper("subsidy-service", new EventJson(),
            Clock.fixed(APPROVED_AT, ZoneOffset.UTC));
    private final TraceContext trace = TraceContext.fresh();

    RawPaymentInsert(Infrastructure infrastructure, String countyCode, String term, int documents, int batch) {
        this.infrastructure = infrastructure;
        this.countyCode = countyCode;
        this.term = term;
        this.documents = documents;
        this.batch = batch;
    }

    StageResult run() {
        MongoDatabase database = infrastructure.mongo().getDatabase(DATABASE);
        try {
            insert(database.getCollection("aid_payments_warm_up"), 0, Math.max(batch, documents / 20));
            List<StageResult> runs = new ArrayList<>();
            for (int run = 1; run <= BenchmarkOptions.RAW_REPEATS; run++) {
                MongoCollection<Document> payments = database.getCollection("aid_payments_" + run);
                long nanos = insert(payments, run * documents, documents);
                long stored = Mono.from(payments.countDocuments()).block(OPERATION_TIMEOUT);
                if (stored != documents) {
                    throw new BenchmarkFailure("the store holds " + stored + " of " + documents + " documents");
                }
                StageResult result = StageResult.of(STAGE, documents, nanos);
                log.info("{} run {}: {} documents/s", STAGE, run, Math.round(result.perSecond()));
                runs.add(result);
            }
            return StageResult.median(runs);
        } finally {
            Mono.from(database.drop()).block(OPERATION_TIMEOUT);
        }
    }

    /** Inserts {@code count} documents from index {@code first}; returns the nanoseconds spent writing. */
    private long insert(MongoCollection<Document> collection, int first, int count) {
        InsertManyOptions unordered = new InsertManyOptions().ordered(false);
        long writing = 0;
        for (int chunkStart = 0; chunkStart < count; chunkStart += CHUNK) {
            List<Document> chunk = new ArrayList<>(CHUNK);
            for (int index = chunkStart; index < Math.min(count, chunkStart + CHUNK); index++) {
                chunk.add(document(first + index));
            }
            long start = System.nanoTime();
            for (int from = 0; from < chunk.size(); from += batch) {
                Mono.from(collection.insertMany(chunk.subList(from, Math.min(from + batch, chunk.size())), unordered))
                        .block(OPERATION_TIMEOUT);
            }
            writing += System.nanoTime() - start;
        }
        return writing;
    }

    /** The BSON size of one document, for the table's header. */
    int documentBytes() {
        return new RawBsonDocument(document(0), new DocumentCodec()).getByteBuffer().remaining();
    }

    /** The {@code index}-th payment: 625 yuan for a term, 80/10/10 central/provincial/county. */
    Document document(int index) {
        String studentId = PoorStudents.id(0, index);
        String paymentId = studentId + "~" + PROGRAMME + "~" + term;
        String batchId = countyCode + "~" + PROGRAMME + "~" + term;
        AidAmount amount = new AidAmount(62_500, 50_000, 6_250, 6_250);
        AidPaymentFacts facts = new AidPaymentFacts(paymentId, studentId, PROGRAMME, "LIVING_ALLOWANCE", term,
                countyCode, FeedSchools.SERIES.code(index % 100), "JUNIOR_SECONDARY", "RURAL",
                List.of("REGISTERED_POOR"), amount);
        OutboundEvent event = enveloper.envelope(paymentId, 0,
                List.of(new AidPaymentApproved(facts, batchId, APPROVED_AT)), trace).get(0);
        Document state = new Document("_id", paymentId)
                .append("_version", 1L)
                .append("studentId", studentId)
                .append("maskedName", "王*")
                .append("programmeCode", PROGRAMME)
                .append("programmeKind", "LIVING_ALLOWANCE")
                .append("term", term)
                .append("countyCode", countyCode)
                .append("schoolCode", facts.schoolCode())
                .append("stage", facts.stage())
                .append("locality", facts.locality())
                .append("flags", facts.flags())
                .append("amount", new Document("totalFen", amount.totalFen()).append("centralFen", amount.centralFen())
                        .append("provincialFen", amount.provincialFen()).append("countyFen", amount.countyFen()))
                .append("batchId", batchId)
                .append("entries", List.of(new Document("type", "APPROVED").append("amountFen", amount.totalFen())
                        .append("at", Date.from(APPROVED_AT)).append("by", "benchmark").append("batchId", batchId)));
        return PendingOutbox.append(state, event, APPROVED_AT, paymentId);
    }
}
