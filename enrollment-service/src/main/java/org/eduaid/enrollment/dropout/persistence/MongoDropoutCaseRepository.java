package org.eduaid.enrollment.dropout.persistence;

import static org.eduaid.enrollment.dropout.persistence.DropoutCaseDocuments.CHILD;
import static org.eduaid.enrollment.dropout.persistence.DropoutCaseDocuments.CITY;
import static org.eduaid.enrollment.dropout.persistence.DropoutCaseDocuments.COUNTY;
import static org.eduaid.enrollment.dropout.persistence.DropoutCaseDocuments.DEADLINE;
import static org.eduaid.enrollment.dropout.persistence.DropoutCaseDocuments.ESCALATED;
import static org.eduaid.enrollment.dropout.persistence.DropoutCaseDocuments.GROUPS;
import static org.eduaid.enrollment.dropout.persistence.DropoutCaseDocuments.OPENED_AT;
import static org.eduaid.enrollment.dropout.persistence.DropoutCaseDocuments.OPEN_KEY;
import static org.eduaid.enrollment.dropout.persistence.DropoutCaseDocuments.STATE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eduaid.enrollment.dropout.application.CaseFilter;
import org.eduaid.enrollment.dropout.application.CasePage;
import org.eduaid.enrollment.dropout.application.CaseRow;
import org.eduaid.enrollment.dropout.application.ChildHasOpenCaseException;
import org.eduaid.enrollment.dropout.application.DropoutCaseRepository;
import org.eduaid.enrollment.dropout.application.VersionedCase;
import org.eduaid.enrollment.dropout.domain.CaseId;
import org.eduaid.enrollment.dropout.domain.CaseState;
import org.eduaid.enrollment.dropout.domain.DropoutCase;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.AggregateAlreadyExistsException;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.privacy.FieldCipher;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Cases in {@code dropout_cases}: state and pending events in one document, through the outbox store. */
@Repository
class MongoDropoutCaseRepository implements DropoutCaseRepository {

    private final AggregateStore store;
    private final MongoCollection<Document> collection;
    private final DropoutCaseDocuments documents;

    MongoDropoutCaseRepository(@Qualifier("dropoutCaseStore") AggregateStore store,
            @Qualifier("dropoutCaseCollection") MongoCollection<Document> collection, FieldCipher cipher) {
        this.store = store;
        this.collection = collection;
        this.documents = new DropoutCaseDocuments(cipher);
    }

    @Override
    public Mono<Long> add(ResultWithEvents<DropoutCase> opened, TraceContext trace) {
        DropoutCase c = opened.aggregate();
        return store.insert(c.id().value(), documents.toDocument(c), opened.events(), trace)
                // the id is random: a duplicate is the child's open case (the openKey index)
                .onErrorMap(AggregateAlreadyExistsException.class, e -> new ChildHasOpenCaseException());
    }

    @Override
    public Mono<Integer> addAll(List<ResultWithEvents<DropoutCase>> opened, TraceContext trace) {
        List<AggregateStore.NewAggregate> aggregates = opened.stream()
                .map(r -> new AggregateStore.NewAggregate(r.aggregate().id().value(),
                        documents.toDocument(r.aggregate()), r.events()))
                .toList();
        return store.insertAll(aggregates, trace).map(existing -> aggregates.size() - existing.size());
    }

    @Override
    public Mono<VersionedCase> find(CaseId id) {
        return store.find(id.value())
                .map(document -> new VersionedCase(documents.fromDocument(document), AggregateStore.versionOf(document)));
    }

    @Override
    public Mono<Long> update(ResultWithEvents<DropoutCase> changed, long expectedVersion, TraceContext trace) {
        DropoutCase c = changed.aggregate();
        return store.update(c.id().value(), expectedVersion, documents.toDocument(c), changed.events(), trace);
    }

    @Override
    public Mono<Set<PersonId>> withOpenCase(Collection<PersonId> children) {
        if (children.isEmpty()) {
            return Mono.just(Set.of());
        }
        List<String> keys = children.stream().map(PersonId::value).distinct().toList();
        return Flux.from(collection.find(Filters.in(OPEN_KEY, keys)).projection(new Document(CHILD, 1)))
                .map(document -> new PersonId(document.getString(CHILD)))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Mono<CasePage> search(CaseFilter filter, int page, int size) {
        Bson query = queryOf(filter);
        Mono<List<CaseRow>> rows = Flux.from(collection.find(query).projection(DropoutCaseDocuments.rowProjection())
                        .sort(Sorts.orderBy(Sorts.descending(OPENED_AT), Sorts.ascending("_id")))
                        .skip(page * size).limit(size))
                .map(DropoutCaseDocuments::rowOf)
                .collectList();
        return rows.zipWith(Mono.from(collection.countDocuments(query)))
                .map(both -> new CasePage(both.getT1(), both.getT2(), page, size));
    }

    @Override
    public Flux<CaseRow> rows(String countyCode, Set<CaseState> states) {
        return Flux.from(collection.find(Filters.and(Filters.eq(COUNTY, countyCode), inStates(states)))
                        .projection(DropoutCaseDocuments.rowProjection()))
                .map(DropoutCaseDocuments::rowOf);
    }

    @Override
    public Flux<CaseId> overdueAndNotEscalated(LocalDate today) {
        return Flux.from(collection.find(Filters.and(Filters.eq(STATE, CaseState.PERSUASION.name()),
                                Filters.eq(ESCALATED, false), Filters.lt(DEADLINE, today.toString())))
                        .projection(new Document("_id", 1)))
                .map(document -> new CaseId(document.getString("_id")));
    }

    private static Bson queryOf(CaseFilter filter) {
        List<Bson> parts = new ArrayList<>();
        if (filter.countyCode() != null) {
            parts.add(Filters.eq(COUNTY, filter.countyCode()));
        }
        if (filter.cityCode() != null) {
            parts.add(Filters.eq(CITY, filter.cityCode()));
        }
        if (filter.escalatedOnly()) {
            parts.add(Filters.eq(ESCALATED, true));
        }
        if (!filter.states().isEmpty()) {
            parts.add(inStates(filter.states()));
        }
        if (filter.priorityGroup() != null) {
            parts.add(Filters.eq(GROUPS, filter.priorityGroup().name()));
        }
        if (filter.overdue() != null) {
            Bson overdue = Filters.and(Filters.eq(STATE, CaseState.PERSUASION.name()),
                    Filters.lt(DEADLINE, filter.today().toString()));
            parts.add(filter.overdue() ? overdue : Filters.nor(overdue));
        }
        return parts.isEmpty() ? new Document() : Filters.and(parts);
    }

    private static Bson inStates(Set<CaseState> states) {
        return states.size() == 1 ? Filters.eq(STATE, states.iterator().next().name())
                : Filters.in(STATE, states.stream().map(Enum::name).sorted().toList());
    }
}
