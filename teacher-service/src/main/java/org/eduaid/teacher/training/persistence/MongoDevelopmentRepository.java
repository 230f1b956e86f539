package org.eduaid.teacher.training.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.outbox.AggregateStore.NewAggregate;
import org.eduaid.teacher.training.application.DevelopmentRepository;
import org.eduaid.teacher.training.domain.SchoolPairing;
import org.eduaid.teacher.training.domain.TrainingRecord;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class MongoDevelopmentRepository implements DevelopmentRepository {

    private final AggregateStore trainingStore;
    private final AggregateStore pairingStore;
    private final MongoCollection<Document> training;
    private final MongoCollection<Document> pairings;

    MongoDevelopmentRepository(@Qualifier("trainingStore") AggregateStore trainingStore,
            @Qualifier("pairingStore") AggregateStore pairingStore,
            @Qualifier("trainingCollection") MongoCollection<Document> training,
            @Qualifier("pairingCollection") MongoCollection<Document> pairings) {
        this.trainingStore = trainingStore;
        this.pairingStore = pairingStore;
        this.training = training;
        this.pairings = pairings;
    }

    @Override
    public Mono<Void> addTraining(ResultWithEvents<TrainingRecord> recorded, TraceContext trace) {
        TrainingRecord r = recorded.aggregate();
        Document state = new Document("teacherId", r.teacherId()).append("programme", r.programme().name())
                .append("course", r.course()).append("hours", r.hours().toPlainString()).append("fundsFen", r.fundsFen())
                .append("schoolCode", r.schoolCode()).append("countyCode", r.countyCode())
                .append("completedOn", r.completedOn().toString()).append("year", r.completedOn().getYear());
        return trainingStore.insert(r.id(), state, recorded.events(), trace).then();
    }

    @Override
    public Flux<TrainingRecord> trainingOf(String teacherId) {
        return Flux.from(training.find(Filters.eq("teacherId", teacherId)).projection(Projections.exclude("_outbox"))
                .sort(Sorts.ascending("completedOn"))).map(MongoDevelopmentRepository::training);
    }

    @Override
    public Flux<TrainingRecord> trainingIn(String regionPrefix, int year) {
        return Flux.from(training.find(Filters.eq("year", year)).projection(Projections.exclude("_outbox")).batchSize(1_000))
                .map(MongoDevelopmentRepository::training)
                .filter(record -> record.countyCode().startsWith(regionPrefix));
    }

    @Override
    public Mono<Boolean> addPairing(ResultWithEvents<SchoolPairing> formed, TraceContext trace) {
        SchoolPairing p = formed.aggregate();
        Document state = new Document("urbanSchoolCode", p.urbanSchoolCode()).append("urbanCountyCode", p.urbanCountyCode())
                .append("ruralSchoolCode", p.ruralSchoolCode()).append("ruralCountyCode", p.ruralCountyCode())
                .append("startsOn", p.startsOn().toString()).append("endsOn", p.endsOn().toString());
        return pairingStore.insertAll(List.of(new NewAggregate(p.id(), state, formed.events())), trace)
                .map(List::isEmpty);
    }

    @Override
    public Flux<SchoolPairing> pairingsIn(String regionPrefix) {
        return Flux.from(pairings.find().projection(Projections.exclude("_outbox")).sort(Sorts.ascending("_id")))
                .map(d -> new SchoolPairing(d.getString("_id"), d.getString("urbanSchoolCode"), d.getString("urbanCountyCode"),
                        d.getString("ruralSchoolCode"), d.getString("ruralCountyCode"), LocalDate.parse(d.getString("startsOn")),
                        LocalDate.parse(d.getString("endsOn"))))
                .filter(p -> p.urbanCountyCode().startsWith(regionPrefix) || p.ruralCountyCode().startsWith(regionPrefix));
    }

    private static TrainingRecord training(Document d) {
        return new TrainingRecord(d.getString("_id"), d.getString("teacherId"),
                TrainingRecord.Programme.valueOf(d.getString("programme")), d.getString("course"),
                new BigDecimal(d.getString("hours")), d.getLong("fundsFen"), d.getString("schoolCode"),
                d.getString("countyCode"), LocalDate.parse(d.getString("completedOn")));
    }
}
