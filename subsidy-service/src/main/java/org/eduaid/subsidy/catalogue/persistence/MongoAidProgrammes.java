package org.eduaid.subsidy.catalogue.persistence;

import java.util.List;

import org.bson.Document;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.subsidy.catalogue.application.AidProgrammeRepository;
import org.eduaid.subsidy.catalogue.application.VersionedProgramme;
import org.eduaid.subsidy.catalogue.domain.AidProgramme;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Repository;

import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Programmes in {@code aid_programmes}, id = programme code: state and pending events in one document. */
@Repository
class MongoAidProgrammes implements AidProgrammeRepository {

    /** The kit's field of events not yet relayed: not read by the catalogue. */
    private static final String PENDING_EVENTS = "_outbox";

    private final AggregateStore store;
    private final MongoCollection<Document> collection;

    MongoAidProgrammes(@Qualifier("aidProgrammeStore") AggregateStore store,
            @Qualifier("aidProgrammeCollection") MongoCollection<Document> collection) {
        this.store = store;
        this.collection = collection;
    }

    @Override
    public Mono<Long> add(ResultWithEvents<AidProgramme> defined, TraceContext trace) {
        return store.insert(defined.aggregate().code(), ProgrammeDocuments.toDocument(defined.aggregate()),
                defined.events(), trace);
    }

    @Override
    public Mono<List<String>> addAbsent(List<ResultWithEvents<AidProgramme>> defined, TraceContext trace) {
        return store.insertAll(defined.stream()
                .map(r -> new AggregateStore.NewAggregate(r.aggregate().code(), ProgrammeDocuments.toDocument(r.aggregate()),
                        r.events()))
                .toList(), trace);
    }

    @Override
    public Mono<VersionedProgramme> find(String code) {
        return store.find(code).map(MongoAidProgrammes::versioned);
    }

    @Override
    public Flux<VersionedProgramme> all() {
        return Flux.from(collection.find().projection(new Document(PENDING_EVENTS, 0)))
                .map(MongoAidProgrammes::versioned);
    }

    @Override
    public Mono<Long> update(ResultWithEvents<AidProgramme> changed, long expectedVersion, TraceContext trace) {
        return store.update(changed.aggregate().code(), expectedVersion,
                ProgrammeDocuments.toDocument(changed.aggregate()), changed.events(), trace);
    }

    private static VersionedProgramme versioned(Document document) {
        return new VersionedProgramme(ProgrammeDocuments.fromDocument(document), AggregateStore.versionOf(document));
    }
}
