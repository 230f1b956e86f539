package org.eduaid.subsidy.review.persistence;

import static org.eduaid.subsidy.review.persistence.ApplicationDocuments.COUNTY;
import static org.eduaid.subsidy.review.persistence.ApplicationDocuments.NOTICE;
import static org.eduaid.subsidy.review.persistence.ApplicationDocuments.PROGRAMME;
import static org.eduaid.subsidy.review.persistence.ApplicationDocuments.SCHOOL;
import static org.eduaid.subsidy.review.persistence.ApplicationDocuments.SCHOOL_YEAR;
import static org.eduaid.subsidy.review.persistence.ApplicationDocuments.STATE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.persistence.ByIds;
import org.eduaid.subsidy.review.application.ApplicationFilter;
import org.eduaid.subsidy.review.application.ApplicationPage;
import org.eduaid.subsidy.review.application.ApplicationRepository;
import org.eduaid.subsidy.review.application.VersionedApplication;
import org.eduaid.subsidy.review.domain.AidApplication;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Applications in {@code aid_applications} through the outbox store. Lists filter on plain fields:
 * the embedded store scans the collection for them (it only uses unique indexes), which is a county's
 * list or a notice's applications at a time, never per event; the per-event path reads by id.
 */
@Repository
class MongoApplicationRepository implements ApplicationRepository {

    private static final int MATCHING_PAGE = 1000;

    private static final Bson WITHOUT_OUTBOX = Projections.exclude("_outbox", "_outboxSince", "_outboxPartition");

    private final AggregateStore store;
    private final MongoCollection<Document> collection;

    MongoApplicationRepository(@Qualifier("aidApplicationStore") AggregateStore store,
            @Qualifier("aidApplicationCollection") MongoCollection<Document> collection) {
        this.store = store;
        this.collection = collection;
    }

    @Override
    public Mono<VersionedApplication> find(String applicationId) {
        return store.find(applicationId).map(MongoApplicationRepository::versioned);
    }

    @Override
    public Mono<Map<String, VersionedApplication>> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return ByIds.find(collection, ids, WITHOUT_OUTBOX).map(MongoApplicationRepository::versioned)
                .collectMap(v -> v.application().id());
    }

    @Override
    public Mono<Long> add(ResultWithEvents<AidApplication> submitted, TraceContext trace) {
        AidApplication a = submitted.aggregate();
        return store.insert(a.id(), ApplicationDocuments.toDocument(a), submitted.events(), trace);
    }

    @Override
    public Mono<List<String>> addAll(List<ResultWithEvents<AidApplication>> submitted, TraceContext trace) {
        return store.insertAll(submitted.stream()
                .map(r -> new AggregateStore.NewAggregate(r.aggregate().id(),
                        ApplicationDocuments.toDocument(r.aggregate()), r.events()))
                .toList(), trace);
    }

    @Override
    public Mono<Long> update(ResultWithEvents<AidApplication> changed, long expectedVersion, TraceContext trace) {
        AidApplication a = changed.aggregate();
        return store.update(a.id(), expectedVersion, ApplicationDocuments.toDocument(a), changed.events(), trace);
    }

    /**
     * Read a page of {@value #MATCHING_PAGE} at a time, each after the last id of the one before: the
     * embedded store answers a query in one reply, and a county's notice of 100,000 applications does
     * not fit in one (the driver refuses replies over 48 MB).
     */
    @Override
    public Flux<VersionedApplication> matching(ApplicationFilter filter) {
        Bson query = queryOf(filter);
        return matchingAfter(query, null)
                .expand(page -> page.size() < MATCHING_PAGE ? Mono.empty()
                        : matchingAfter(query, page.get(page.size() - 1).getString("_id")))
                .concatMapIterable(page -> page)
                .map(MongoApplicationRepository::versioned);
    }

    private Mono<List<Document>> matchingAfter(Bson query, String lastId) {
        Bson page = lastId == null ? query : Filters.and(query, Filters.gt("_id", lastId));
        return Flux.from(collection.find(page).projection(WITHOUT_OUTBOX).sort(Sorts.ascending("_id"))
                .limit(MATCHING_PAGE)).collectList();
    }

    @Override
    public Mono<ApplicationPage> search(ApplicationFilter filter, int page, int size) {
        Bson query = queryOf(filter);
        Mono<List<VersionedApplication>> rows = Flux.from(collection.find(query).projection(WITHOUT_OUTBOX)
                        .sort(Sorts.ascending("_id")).skip(page * size).limit(size))
                .map(MongoApplicationRepository::versioned).collectList();
        return rows.zipWith(Mono.from(collection.countDocuments(query)))
                .map(both -> new ApplicationPage(both.getT1(), both.getT2(), page, size));
    }

    private static VersionedApplication versioned(Document document) {
        return new VersionedApplication(ApplicationDocuments.fromDocument(document), AggregateStore.versionOf(document));
    }

    private static Bson queryOf(ApplicationFilter filter) {
        List<Bson> parts = new ArrayList<>();
        if (filter.countyCode() != null) {
            parts.add(Filters.eq(COUNTY, filter.countyCode()));
        }
        if (filter.regionPrefix() != null && !filter.regionPrefix().isEmpty()) {
            parts.add(Filters.regex(COUNTY, "^" + filter.regionPrefix()));
        }
        if (filter.programmeCode() != null) {
            parts.add(Filters.eq(PROGRAMME, filter.programmeCode()));
        }
        if (filter.schoolYear() != null) {
            parts.add(Filters.eq(SCHOOL_YEAR, filter.schoolYear()));
        }
        if (filter.schoolCode() != null) {
            parts.add(Filters.eq(SCHOOL, filter.schoolCode()));
        }
        if (filter.noticeId() != null) {
            parts.add(Filters.eq(NOTICE, filter.noticeId()));
        }
        if (!filter.states().isEmpty()) {
            parts.add(Filters.in(STATE, filter.states().stream().map(Enum::name).sorted().toList()));
        }
        return parts.isEmpty() ? new Document() : Filters.and(parts);
    }
}
