package org.eduaid.subsidy.disbursement.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.persistence.ByIds;
import org.eduaid.subsidy.disbursement.application.PaymentRepository;
import org.eduaid.subsidy.disbursement.application.VersionedPayment;
import org.eduaid.subsidy.disbursement.domain.Payment;
import org.eduaid.subsidy.disbursement.domain.SealPlan;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Repository;

import com.mongodb.client.model.Projections;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Payments through the outbox store; reads by id in the kit's slices, a few slices at a time. */
@Repository
class MongoPaymentRepository implements PaymentRepository {

    /** Slices of ids read at once: the store answers each from its _id index, so a little overlap helps. */
    private static final int READ_CONCURRENCY = 4;
    private static final Bson EXISTING = Projections.include(PaymentDocuments.BATCH, PaymentDocuments.AMOUNT + ".totalFen");
    private static final Bson STATUS = Projections.include(PaymentDocuments.STATE, PaymentDocuments.STATE_REASON,
            PaymentDocuments.STATE_SINCE);
    private static final Bson WITHOUT_OUTBOX = Projections.exclude("_outbox", "_outboxSince", "_outboxPartition");

    private final AggregateStore store;
    private final MongoCollection<Document> collection;

    MongoPaymentRepository(@Qualifier("aidPaymentStore") AggregateStore store,
            @Qualifier("aidPaymentCollection") MongoCollection<Document> collection) {
        this.store = store;
        this.collection = collection;
    }

    @Override
    public Mono<Map<String, SealPlan.ExistingPayment>> existing(Collection<String> paymentIds) {
        return slices(paymentIds, EXISTING)
                .collect(Collectors.toMap(d -> d.getString("_id"), d -> new SealPlan.ExistingPayment(
                        d.getString(PaymentDocuments.BATCH),
                        d.get(PaymentDocuments.AMOUNT, Document.class).getLong("totalFen"))));
    }

    @Override
    public Mono<List<String>> insertAll(List<ResultWithEvents<Payment>> approved, TraceContext trace) {
        List<AggregateStore.NewAggregate> aggregates = approved.stream()
                .map(r -> new AggregateStore.NewAggregate(r.aggregate().id(), PaymentDocuments.toDocument(r.aggregate()),
                        r.events()))
                .toList();
        return store.insertAll(aggregates, trace);
    }

    @Override
    public Mono<VersionedPayment> find(String paymentId) {
        return store.find(paymentId).map(MongoPaymentRepository::versioned);
    }

    @Override
    public Flux<VersionedPayment> findAll(Collection<String> paymentIds) {
        return slices(paymentIds, WITHOUT_OUTBOX).map(MongoPaymentRepository::versioned);
    }

    @Override
    public Mono<Long> update(ResultWithEvents<Payment> changed, long expectedVersion, TraceContext trace) {
        return store.update(changed.aggregate().id(), expectedVersion, PaymentDocuments.toDocument(changed.aggregate()),
                changed.events(), trace);
    }

    @Override
    public Mono<List<String>> updateAll(List<VersionedChange> changes, TraceContext trace) {
        List<AggregateStore.ChangedAggregate> changed = changes.stream()
                .map(c -> new AggregateStore.ChangedAggregate(c.changed().aggregate().id(), c.expectedVersion(),
                        PaymentDocuments.toDocument(c.changed().aggregate()), c.changed().events()))
                .toList();
        return store.updateAll(changed, trace).map(AggregateStore.UpdateOutcome::stale);
    }

    @Override
    public Flux<PaymentStatusRow> statuses(Collection<String> paymentIds) {
        return slices(paymentIds, STATUS).map(d -> new PaymentStatusRow(d.getString("_id"),
                d.getString(PaymentDocuments.STATE), d.getString(PaymentDocuments.STATE_REASON),
                d.getDate(PaymentDocuments.STATE_SINCE).toInstant()));
    }

    private Flux<Document> slices(Collection<String> ids, Bson projection) {
        return Flux.fromIterable(ByIds.slices(ids))
                .flatMap(slice -> ByIds.find(collection, slice, projection), READ_CONCURRENCY);
    }

    private static VersionedPayment versioned(Document document) {
        return new VersionedPayment(PaymentDocuments.fromDocument(document), AggregateStore.versionOf(document));
    }
}
