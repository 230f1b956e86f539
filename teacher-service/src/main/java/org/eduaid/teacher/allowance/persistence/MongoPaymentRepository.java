package org.eduaid.teacher.allowance.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.outbox.AggregateStore.ChangedAggregate;
import org.eduaid.kit.outbox.AggregateStore.NewAggregate;
import org.eduaid.kit.outbox.AggregateStore.UpdateOutcome;
import org.eduaid.kit.persistence.ByIds;
import org.eduaid.teacher.allowance.application.PaymentRepository;
import org.eduaid.teacher.allowance.domain.AllowancePayment;
import org.eduaid.teacher.allowance.domain.AllowanceTier;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Allowance payments in {@code allowance_payments}; entries are stored in full and only ever appended to. */
@Repository
class MongoPaymentRepository implements PaymentRepository {

    private static final Bson WITHOUT_OUTBOX = Projections.exclude("_outbox");

    private final AggregateStore store;
    private final MongoCollection<Document> collection;

    MongoPaymentRepository(@Qualifier("allowancePaymentStore") AggregateStore store,
            @Qualifier("allowancePaymentCollection") MongoCollection<Document> collection) {
        this.store = store;
        this.collection = collection;
    }

    @Override
    public Mono<List<String>> approveAll(List<ResultWithEvents<AllowancePayment>> approved, TraceContext trace) {
        return store.insertAll(approved.stream().map(result -> new NewAggregate(result.aggregate().id(),
                toDocument(result.aggregate()), result.events())).toList(), trace);
    }

    @Override
    public Flux<VersionedPayment> find(Collection<String> paymentIds) {
        return ByIds.find(collection, paymentIds, WITHOUT_OUTBOX).map(MongoPaymentRepository::versioned);
    }

    @Override
    public Mono<UpdateOutcome> updateAll(List<Change> changes, TraceContext trace) {
        return store.updateAll(changes.stream().map(change -> new ChangedAggregate(change.changed().aggregate().id(),
                change.expectedVersion(), toDocument(change.changed().aggregate()), change.changed().events())).toList(), trace);
    }

    @Override
    public Flux<VersionedPayment> ofPayroll(String countyCode, String month) {
        return Flux.from(collection.find(Filters.and(Filters.eq("countyCode", countyCode), Filters.eq("month", month)))
                        .projection(WITHOUT_OUTBOX).sort(Sorts.ascending("_id")).batchSize(1_000))
                .map(MongoPaymentRepository::versioned);
    }

    @Override
    public Flux<VersionedPayment> failedIn(String countyCode) {
        return Flux.from(collection.find(Filters.and(Filters.eq("countyCode", countyCode), Filters.eq("state", "FAILED")))
                        .projection(WITHOUT_OUTBOX).sort(Sorts.ascending("_id")).batchSize(1_000))
                .map(MongoPaymentRepository::versioned);
    }

    static Document toDocument(AllowancePayment payment) {
        return new Document("teacherId", payment.teacherId())
                .append("month", payment.month())
                .append("schoolCode", payment.schoolCode())
                .append("countyCode", payment.countyCode())
                .append("tier", payment.tier().name())
                .append("amountFen", payment.amountFen())
                .append("payrollId", payment.payrollId())
                .append("state", payment.state().name())
                .append("entries", payment.entries().stream().map(entry -> new Document("state", entry.state().name())
                        .append("at", Date.from(entry.at()))
                        .append("reason", entry.reason())
                        .append("valueDate", entry.valueDate() == null ? null : entry.valueDate().toString())).toList());
    }

    private static VersionedPayment versioned(Document document) {
        List<AllowancePayment.Entry> entries = document.getList("entries", Document.class).stream()
                .map(entry -> new AllowancePayment.Entry(AllowancePayment.State.valueOf(entry.getString("state")),
                        entry.getDate("at").toInstant(), entry.getString("reason"),
                        entry.getString("valueDate") == null ? null : LocalDate.parse(entry.getString("valueDate"))))
                .toList();
        AllowancePayment payment = new AllowancePayment(document.getString("_id"), document.getString("teacherId"),
                document.getString("month"), document.getString("schoolCode"), document.getString("countyCode"),
                AllowanceTier.valueOf(document.getString("tier")), document.getLong("amountFen"),
                document.getString("payrollId"), entries);
        return new VersionedPayment(payment, AggregateStore.versionOf(document));
    }
}
