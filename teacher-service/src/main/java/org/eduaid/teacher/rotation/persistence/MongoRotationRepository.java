package org.eduaid.teacher.rotation.persistence;

import java.util.List;

import org.bson.Document;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.outbox.AggregateStore.NewAggregate;
import org.eduaid.teacher.rotation.application.RotationRepository;
import org.eduaid.teacher.rotation.domain.RotationPlan;
import org.eduaid.teacher.rotation.domain.RotationRules;
import org.eduaid.teacher.rotation.domain.TeacherExchange;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class MongoRotationRepository implements RotationRepository {

    private final AggregateStore plans;
    private final AggregateStore exchanges;
    private final MongoCollection<Document> exchangeCollection;
    private final MongoCollection<Document> rules;

    MongoRotationRepository(@Qualifier("rotationPlanStore") AggregateStore plans,
            @Qualifier("teacherExchangeStore") AggregateStore exchanges,
            @Qualifier("teacherExchangeCollection") MongoCollection<Document> exchangeCollection,
            @Qualifier("rotationRuleCollection") MongoCollection<Document> rules) {
        this.plans = plans;
        this.exchanges = exchanges;
        this.exchangeCollection = exchangeCollection;
        this.rules = rules;
    }

    @Override
    public Mono<Versioned<RotationPlan>> findPlan(String planId) {
        return plans.find(planId).map(document -> new Versioned<>(RotationDocuments.plan(document),
                AggregateStore.versionOf(document)));
    }

    @Override
    public Mono<Long> addPlan(RotationPlan plan, TraceContext trace) {
        return plans.insert(plan.id(), RotationDocuments.plan(plan), List.of(), trace);
    }

    @Override
    public Mono<Long> updatePlan(ResultWithEvents<RotationPlan> changed, long expectedVersion, TraceContext trace) {
        return plans.update(changed.aggregate().id(), expectedVersion, RotationDocuments.plan(changed.aggregate()),
                changed.events(), trace);
    }

    @Override
    public Mono<List<String>> addExchanges(List<ResultWithEvents<TeacherExchange>> approved, TraceContext trace) {
        return exchanges.insertAll(approved.stream().map(result -> new NewAggregate(result.aggregate().id(),
                RotationDocuments.exchange(result.aggregate()), result.events())).toList(), trace);
    }

    @Override
    public Mono<Long> updateExchange(ResultWithEvents<TeacherExchange> changed, long expectedVersion, TraceContext trace) {
        return exchanges.update(changed.aggregate().id(), expectedVersion, RotationDocuments.exchange(changed.aggregate()),
                changed.events(), trace);
    }

    @Override
    public Mono<Versioned<TeacherExchange>> findExchange(String exchangeId) {
        return exchanges.find(exchangeId).map(document -> new Versioned<>(RotationDocuments.exchange(document),
                AggregateStore.versionOf(document)));
    }

    @Override
    public Flux<Versioned<TeacherExchange>> unfinishedExchanges() {
        return Flux.from(exchangeCollection.find(Filters.in("state", "APPROVED", "STARTED"))
                        .projection(Projections.exclude("_outbox")).sort(Sorts.ascending("_id")))
                .map(document -> new Versioned<>(RotationDocuments.exchange(document), AggregateStore.versionOf(document)));
    }

    @Override
    public Flux<TeacherExchange> exchangesOf(String regionPrefix, String schoolYear) {
        return Flux.from(exchangeCollection.find(Filters.eq("schoolYear", schoolYear))
                        .projection(Projections.exclude("_outbox")).sort(Sorts.ascending("_id")))
                .map(RotationDocuments::exchange)
                .filter(exchange -> exchange.countyCode().startsWith(regionPrefix));
    }

    @Override
    public Mono<RotationRules> rules(String provinceCode) {
        return Mono.from(rules.find(Filters.eq("_id", provinceCode)).first()).map(RotationDocuments::rules)
                .defaultIfEmpty(RotationRules.defaults(provinceCode));
    }

    @Override
    public Mono<Void> saveRules(RotationRules changed) {
        return Mono.from(rules.replaceOne(Filters.eq("_id", changed.provinceCode()), RotationDocuments.rules(changed),
                new ReplaceOptions().upsert(true))).then();
    }
}
