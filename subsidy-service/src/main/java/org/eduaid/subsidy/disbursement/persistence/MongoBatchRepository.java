package org.eduaid.subsidy.disbursement.persistence;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;

import org.bson.Document;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.AggregateAlreadyExistsException;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.persistence.ByIds;
import org.eduaid.subsidy.disbursement.application.BatchRepository;
import org.eduaid.subsidy.disbursement.application.VersionedBatch;
import org.eduaid.subsidy.disbursement.domain.BatchFigures;
import org.eduaid.subsidy.disbursement.domain.BatchKind;
import org.eduaid.subsidy.disbursement.domain.BatchState;
import org.eduaid.subsidy.disbursement.domain.BudgetBlock;
import org.eduaid.subsidy.disbursement.domain.DisbursementBatch;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Batches through the outbox store; their payment ids in chunk documents of {@code aid_batch_items}. */
@Repository
class MongoBatchRepository implements BatchRepository {

    private final AggregateStore store;
    private final MongoCollection<Document> batches;
    private final MongoCollection<Document> items;

    MongoBatchRepository(@Qualifier("aidBatchStore") AggregateStore store,
            @Qualifier("aidBatchCollection") MongoCollection<Document> batches,
            @Qualifier("aidBatchItemCollection") MongoCollection<Document> items) {
        this.store = store;
        this.batches = batches;
        this.items = items;
    }

    @Override
    public Mono<VersionedBatch> find(String batchId) {
        return store.find(batchId).map(MongoBatchRepository::versioned);
    }

    @Override
    public Flux<VersionedBatch> findAll(Collection<String> batchIds) {
        return ByIds.find(batches, batchIds, new Document("_outbox", 0)).map(MongoBatchRepository::versioned);
    }

    @Override
    public Mono<VersionedBatch> addOrGet(DisbursementBatch batch, TraceContext trace) {
        return store.insert(batch.id(), toDocument(batch), List.of(), trace)
                .map(version -> new VersionedBatch(batch, version))
                .onErrorResume(AggregateAlreadyExistsException.class, e -> find(batch.id()));
    }

    @Override
    public Mono<Long> update(ResultWithEvents<DisbursementBatch> changed, long expectedVersion, TraceContext trace) {
        return store.update(changed.aggregate().id(), expectedVersion, toDocument(changed.aggregate()), changed.events(),
                trace);
    }

    @Override
    public Mono<Void> writeItems(String batchId, int chunk, List<String> paymentIds) {
        String id = itemId(batchId, chunk);
        return Mono.from(items.replaceOne(Filters.eq("_id", id),
                new Document("_id", id).append("batchId", batchId).append("chunk", chunk).append("paymentIds", paymentIds),
                new ReplaceOptions().upsert(true))).then();
    }

    @Override
    public Flux<List<String>> items(String batchId, int chunks) {
        return Flux.fromStream(IntStream.range(0, chunks).boxed())
                .concatMap(chunk -> Mono.from(items.find(Filters.eq("_id", itemId(batchId, chunk))).first())
                        .map(document -> document.getList("paymentIds", String.class))
                        .defaultIfEmpty(List.of()));
    }

    private static String itemId(String batchId, int chunk) {
        return batchId + "#" + String.format("%05d", chunk);
    }

    static Document toDocument(DisbursementBatch b) {
        BatchFigures f = b.figures();
        Document document = new Document("countyCode", b.countyCode())
                .append("programmeCode", b.programmeCode())
                .append("term", b.term())
                .append("kind", b.kind().name())
                .append("state", b.state().name())
                .append("figures", new Document("payments", f.payments()).append("held", f.held())
                        .append("totalFen", f.totalFen()).append("stopped", f.stopped()).append("chunks", f.chunks()))
                .append("blocked", b.blocked() == null ? null : new Document("budgetId", b.blocked().budgetId())
                        .append("neededFen", b.blocked().neededFen()).append("remainingFen", b.blocked().remainingFen())
                        .append("at", Date.from(b.blocked().at())))
                .append("retryRound", b.retryRound())
                .append("retryPaymentIds", b.retryPaymentIds())
                .append("createdAt", Date.from(b.createdAt()))
                .append("sealedAt", b.sealedAt() == null ? null : Date.from(b.sealedAt()))
                .append("releasedAt", b.releasedAt() == null ? null : Date.from(b.releasedAt()));
        return document;
    }

    static DisbursementBatch fromDocument(Document d) {
        Document f = d.get("figures", Document.class);
        Document blocked = d.get("blocked", Document.class);
        return new DisbursementBatch(d.getString("_id"), d.getString("countyCode"), d.getString("programmeCode"),
                d.getString("term"), BatchKind.valueOf(d.getString("kind")), BatchState.valueOf(d.getString("state")),
                new BatchFigures(f.getInteger("payments"), f.getInteger("held"), f.getLong("totalFen"),
                        f.getInteger("stopped"), f.getInteger("chunks")),
                blocked == null ? null : new BudgetBlock(blocked.getString("budgetId"), blocked.getLong("neededFen"),
                        blocked.getLong("remainingFen"), blocked.getDate("at").toInstant()),
                d.getInteger("retryRound", 0), d.getList("retryPaymentIds", String.class),
                d.getDate("createdAt").toInstant(),
                d.getDate("sealedAt") == null ? null : d.getDate("sealedAt").toInstant(),
                d.getDate("releasedAt") == null ? null : d.getDate("releasedAt").toInstant());
    }

    private static VersionedBatch versioned(Document document) {
        return new VersionedBatch(fromDocument(document), AggregateStore.versionOf(document));
    }
}
