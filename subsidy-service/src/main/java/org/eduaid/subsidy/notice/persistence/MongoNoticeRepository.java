package org.eduaid.subsidy.notice.persistence;

import java.util.Set;

import org.bson.Document;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.subsidy.notice.application.NoticeRepository;
import org.eduaid.subsidy.notice.application.VersionedNotice;
import org.eduaid.subsidy.notice.domain.AidNotice;
import org.eduaid.subsidy.notice.domain.NoticeState;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Notices in {@code aid_notices} through the outbox store. */
@Repository
class MongoNoticeRepository implements NoticeRepository {

    private final AggregateStore store;
    private final MongoCollection<Document> collection;

    MongoNoticeRepository(@Qualifier("aidNoticeStore") AggregateStore store,
            @Qualifier("aidNoticeCollection") MongoCollection<Document> collection) {
        this.store = store;
        this.collection = collection;
    }

    @Override
    public Mono<VersionedNotice> find(String noticeId) {
        return store.find(noticeId).map(MongoNoticeRepository::versioned);
    }

    @Override
    public Mono<Long> add(ResultWithEvents<AidNotice> prepared, TraceContext trace) {
        AidNotice n = prepared.aggregate();
        return store.insert(n.noticeId(), NoticeDocuments.toDocument(n), prepared.events(), trace);
    }

    @Override
    public Mono<Long> update(ResultWithEvents<AidNotice> changed, long expectedVersion, TraceContext trace) {
        AidNotice n = changed.aggregate();
        return store.update(n.noticeId(), expectedVersion, NoticeDocuments.toDocument(n), changed.events(), trace);
    }

    @Override
    public Flux<VersionedNotice> inStates(Set<NoticeState> states) {
        return Flux.from(collection.find(Filters.in(NoticeDocuments.STATE, states.stream().map(Enum::name).sorted().toList()))
                        .projection(Projections.exclude("_outbox", "_outboxSince", "_outboxPartition")))
                .map(MongoNoticeRepository::versioned);
    }

    private static VersionedNotice versioned(Document document) {
        return new VersionedNotice(NoticeDocuments.fromDocument(document), AggregateStore.versionOf(document));
    }
}
