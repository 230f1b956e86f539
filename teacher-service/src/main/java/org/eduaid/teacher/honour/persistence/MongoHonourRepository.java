package org.eduaid.teacher.honour.persistence;

import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.outbox.AggregateStore.NewAggregate;
import org.eduaid.teacher.honour.application.HonourRepository;
import org.eduaid.teacher.honour.domain.RuralTeachingHonour;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class MongoHonourRepository implements HonourRepository {

    private final AggregateStore store;
    private final MongoCollection<Document> collection;

    MongoHonourRepository(@Qualifier("honourStore") AggregateStore store,
            @Qualifier("honourCollection") MongoCollection<Document> collection) {
        this.store = store;
        this.collection = collection;
    }

    @Override
    public Mono<List<String>> awardAll(List<ResultWithEvents<RuralTeachingHonour>> honours, TraceContext trace) {
        return store.insertAll(honours.stream().map(earned -> new NewAggregate(earned.aggregate().id(),
                toDocument(earned.aggregate()), earned.events())).toList(), trace);
    }

    @Override
    public Flux<RuralTeachingHonour> awardedIn(String regionPrefix, int year) {
        return Flux.from(collection.find(Filters.eq("awardedYear", year)).projection(Projections.exclude("_outbox"))
                        .sort(Sorts.ascending("_id")))
                .map(MongoHonourRepository::fromDocument)
                .filter(honour -> honour.countyCode().startsWith(regionPrefix));
    }

    private static Document toDocument(RuralTeachingHonour honour) {
        return new Document("certificateNumber", honour.certificateNumber())
                .append("teacherId", honour.teacherId())
                .append("years", honour.years())
                .append("reachedOn", honour.reachedOn().toString())
                .append("schoolCode", honour.schoolCode())
                .append("countyCode", honour.countyCode())
                .append("awardedOn", honour.awardedOn().toString())
                .append("awardedYear", honour.awardedOn().getYear());
    }

    private static RuralTeachingHonour fromDocument(Document document) {
        return new RuralTeachingHonour(document.getString("_id"), document.getString("certificateNumber"),
                document.getString("teacherId"), document.getInteger("years"), LocalDate.parse(document.getString("reachedOn")),
                document.getString("schoolCode"), document.getString("countyCode"),
                LocalDate.parse(document.getString("awardedOn")));
    }
}
