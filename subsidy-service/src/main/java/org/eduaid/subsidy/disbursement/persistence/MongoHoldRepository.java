package org.eduaid.subsidy.disbursement.persistence;

import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.eduaid.kit.persistence.ByIds;
import org.eduaid.subsidy.disbursement.application.HoldRepository;
import org.eduaid.subsidy.disbursement.domain.HoldReason;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Repository;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Holds and retry marks: replaced whole by id in one bulk write per call, so writing them twice is harmless. */
@Repository
class MongoHoldRepository implements HoldRepository {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> holds;
    private final MongoCollection<Document> retries;

    MongoHoldRepository(@Qualifier("aidHoldCollection") MongoCollection<Document> holds,
            @Qualifier("aidRetryCollection") MongoCollection<Document> retries) {
        this.holds = holds;
        this.retries = retries;
    }

    @Override
    public Mono<Void> hold(List<Hold> list) {
        if (list.isEmpty()) {
            return Mono.empty();
        }
        List<WriteModel<Document>> writes = list.stream().<WriteModel<Document>>map(h -> new ReplaceOneModel<>(
                Filters.eq("_id", h.paymentId()), new Document("_id", h.paymentId()).append("studentId", h.studentId())
                        .append("batchId", h.batchId()).append("countyCode", h.countyCode())
                        .append("reason", h.reason().name()).append("heldAt", Date.from(h.heldAt())),
                UPSERT)).toList();
        return Mono.from(holds.bulkWrite(writes, new BulkWriteOptions().ordered(false))).then();
    }

    @Override
    public Flux<Hold> holds(Collection<String> paymentIds) {
        return ByIds.find(holds, paymentIds).map(d -> new Hold(d.getString("_id"), d.getString("studentId"),
                d.getString("batchId"), d.getString("countyCode"), HoldReason.valueOf(d.getString("reason")),
                d.getDate("heldAt").toInstant()));
    }

    @Override
    public Mono<Void> markForRetry(List<RetryMark> marks) {
        if (marks.isEmpty()) {
            return Mono.empty();
        }
        List<WriteModel<Document>> writes = marks.stream().<WriteModel<Document>>map(m -> new ReplaceOneModel<>(
                Filters.eq("_id", m.paymentId()), new Document("_id", m.paymentId()).append("countyCode", m.countyCode())
                        .append("markedAt", Date.from(m.markedAt())),
                UPSERT)).toList();
        return Mono.from(retries.bulkWrite(writes, new BulkWriteOptions().ordered(false))).then();
    }

    @Override
    public Mono<Void> clearRetry(String paymentId) {
        return Mono.from(retries.deleteOne(Filters.eq("_id", paymentId))).then();
    }

    @Override
    public Flux<RetryMark> retries(String countyCode) {
        // a short collection: only payments waiting for a retry are in it
        return Flux.from(retries.find(Filters.eq("countyCode", countyCode)))
                .map(d -> new RetryMark(d.getString("_id"), d.getString("countyCode"), d.getDate("markedAt").toInstant()));
    }
}
