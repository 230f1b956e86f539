package org.eduaid.subsidy.budget.persistence;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bson.Document;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.subsidy.budget.application.BudgetRepository;
import org.eduaid.subsidy.budget.application.VersionedBudget;
import org.eduaid.subsidy.budget.domain.AidBudget;
import org.eduaid.subsidy.budget.domain.Allocation;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Repository;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Budgets in {@code aid_budgets}. A county has a budget per programme and year, a few thousand a
 * year nationwide, so listing a year reads the collection through (the embedded store has only
 * unique indexes).
 */
@Repository
class MongoBudgetRepository implements BudgetRepository {

    private final AggregateStore store;
    private final MongoCollection<Document> collection;

    MongoBudgetRepository(@Qualifier("aidBudgetStore") AggregateStore store,
            @Qualifier("aidBudgetCollection") MongoCollection<Document> collection) {
        this.store = store;
        this.collection = collection;
    }

    @Override
    public Mono<VersionedBudget> find(String budgetId) {
        return store.find(budgetId).map(document -> new VersionedBudget(fromDocument(document),
                AggregateStore.versionOf(document)));
    }

    @Override
    public Mono<Long> add(ResultWithEvents<AidBudget> allocated, TraceContext trace) {
        return store.insert(allocated.aggregate().id(), toDocument(allocated.aggregate()), allocated.events(), trace);
    }

    @Override
    public Mono<Long> update(ResultWithEvents<AidBudget> changed, long expectedVersion, TraceContext trace) {
        return store.update(changed.aggregate().id(), expectedVersion, toDocument(changed.aggregate()),
                changed.events(), trace);
    }

    @Override
    public Flux<VersionedBudget> ofYear(String regionPrefix, int year) {
        return Flux.from(collection.find(Filters.eq("year", year)).projection(new Document("_outbox", 0)))
                .filter(document -> document.getString("countyCode").startsWith(regionPrefix))
                .map(document -> new VersionedBudget(fromDocument(document), AggregateStore.versionOf(document)));
    }

    static Document toDocument(AidBudget budget) {
        Allocation a = budget.allocated();
        return new Document("countyCode", budget.countyCode())
                .append("programmeCode", budget.programmeCode())
                .append("year", budget.year())
                .append("allocated", new Document("totalFen", a.totalFen()).append("centralFen", a.centralFen())
                        .append("provincialFen", a.provincialFen()).append("countyFen", a.countyFen()))
                .append("reservations", new Document(new LinkedHashMap<>(budget.reservations())))
                .append("disbursed", new Document(new LinkedHashMap<>(budget.disbursed())))
                .append("allocatedAt", Date.from(budget.allocatedAt()));
    }

    static AidBudget fromDocument(Document document) {
        Document a = document.get("allocated", Document.class);
        return new AidBudget(document.getString("_id"), document.getString("countyCode"),
                document.getString("programmeCode"), document.getInteger("year"),
                new Allocation(a.getLong("totalFen"), a.getLong("centralFen"), a.getLong("provincialFen"),
                        a.getLong("countyFen")),
                amounts(document.get("reservations", Document.class)), amounts(document.get("disbursed", Document.class)),
                document.getDate("allocatedAt").toInstant());
    }

    private static Map<String, Long> amounts(Document document) {
        Map<String, Long> amounts = new LinkedHashMap<>();
        if (document != null) {
            document.forEach((key, value) -> amounts.put(key, ((Number) value).longValue()));
        }
        return amounts;
    }
}
