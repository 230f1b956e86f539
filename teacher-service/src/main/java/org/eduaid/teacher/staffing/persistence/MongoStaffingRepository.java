package org.eduaid.teacher.staffing.persistence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.outbox.AggregateStore.ChangedAggregate;
import org.eduaid.kit.outbox.AggregateStore.NewAggregate;
import org.eduaid.teacher.staffing.application.StaffingRepository;
import org.eduaid.teacher.staffing.domain.CountyStaffingPlan;
import org.eduaid.teacher.staffing.domain.SchoolStaffingRecord;
import org.eduaid.teacher.staffing.domain.StaffingStandard;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class MongoStaffingRepository implements StaffingRepository {

    private final AggregateStore store;
    private final MongoCollection<Document> records;
    private final MongoCollection<Document> standards;
    private final MongoCollection<Document> plans;

    MongoStaffingRepository(@Qualifier("schoolStaffingStore") AggregateStore store,
            @Qualifier("schoolStaffingCollection") MongoCollection<Document> records,
            @Qualifier("staffingStandardCollection") MongoCollection<Document> standards,
            @Qualifier("countyStaffingPlanCollection") MongoCollection<Document> plans) {
        this.store = store;
        this.records = records;
        this.standards = standards;
        this.plans = plans;
    }

    @Override
    public Flux<Stored> inRegion(String regionPrefix) {
        return Flux.from(records.find().projection(Projections.exclude("_outbox")).batchSize(1_000))
                .filter(document -> document.getString("countyCode").startsWith(regionPrefix))
                .map(MongoStaffingRepository::stored);
    }

    @Override
    public Mono<Stored> find(String schoolCode) {
        return Mono.from(records.find(Filters.eq("_id", schoolCode)).projection(Projections.exclude("_outbox")).first())
                .map(MongoStaffingRepository::stored);
    }

    @Override
    public Mono<Void> saveAll(List<ResultWithEvents<SchoolStaffingRecord>> created,
            List<ResultWithEvents<SchoolStaffingRecord>> changed, Map<String, Long> versions, TraceContext trace) {
        List<ChangedAggregate> updates = new ArrayList<>();
        changed.forEach(change -> updates.add(new ChangedAggregate(change.aggregate().schoolCode(),
                versions.get(change.aggregate().schoolCode()), toDocument(change.aggregate()), change.events())));
        // a school another replica recomputed meanwhile is simply left for the next run
        return store.insertAll(created.stream().map(change -> new NewAggregate(change.aggregate().schoolCode(),
                        toDocument(change.aggregate()), change.events())).toList(), trace)
                .then(store.updateAll(updates, trace))
                .then();
    }

    @Override
    public Mono<StaffingStandard> standard(String provinceCode) {
        return Mono.from(standards.find(Filters.eq("_id", provinceCode)).first())
                .map(document -> {
                    Map<String, BigDecimal> ratios = new LinkedHashMap<>();
                    document.get("studentsPerTeacher", Document.class)
                            .forEach((stage, ratio) -> ratios.put(stage, new BigDecimal(ratio.toString())));
                    return new StaffingStandard(provinceCode, ratios);
                })
                .defaultIfEmpty(StaffingStandard.national(provinceCode));
    }

    @Override
    public Mono<Void> saveStandard(StaffingStandard standard) {
        Document ratios = new Document();
        standard.studentsPerTeacher().forEach((stage, ratio) -> ratios.append(stage, ratio.toPlainString()));
        return Mono.from(standards.replaceOne(Filters.eq("_id", standard.provinceCode()),
                new Document("_id", standard.provinceCode()).append("studentsPerTeacher", ratios),
                new ReplaceOptions().upsert(true))).then();
    }

    @Override
    public Mono<CountyStaffingPlan> plan(String countyCode, int year) {
        return Mono.from(plans.find(Filters.eq("_id", countyCode + "~" + year)).first())
                .map(document -> new CountyStaffingPlan(countyCode, year, document.getList("measures", Document.class).stream()
                        .map(measure -> new CountyStaffingPlan.Measure(
                                CountyStaffingPlan.MeasureKind.valueOf(measure.getString("kind")),
                                measure.getInteger("teachers"), measure.getString("note"))).toList(),
                        document.getInteger("shortfall"), document.getDate("setAt").toInstant()));
    }

    @Override
    public Mono<Void> savePlan(CountyStaffingPlan plan) {
        String id = plan.countyCode() + "~" + plan.year();
        Document document = new Document("_id", id).append("countyCode", plan.countyCode()).append("year", plan.year())
                .append("measures", plan.measures().stream().map(measure -> new Document("kind", measure.kind().name())
                        .append("teachers", measure.teachers()).append("note", measure.note())).toList())
                .append("shortfall", plan.shortfall())
                .append("setAt", Date.from(plan.setAt()));
        return Mono.from(plans.replaceOne(Filters.eq("_id", id), document, new ReplaceOptions().upsert(true))).then();
    }

    private static Document toDocument(SchoolStaffingRecord record) {
        return new Document("countyCode", record.countyCode())
                .append("rural", record.rural())
                .append("studentsByStage", new Document(new LinkedHashMap<>(record.studentsByStage())))
                .append("requiredTeachers", record.requiredTeachers())
                .append("teachers", record.teachers())
                .append("teachersBySubject", new Document(new LinkedHashMap<>(record.teachersBySubject())))
                .append("computedAt", Date.from(record.computedAt()));
    }

    private static Stored stored(Document document) {
        return new Stored(new SchoolStaffingRecord(document.getString("_id"), document.getString("countyCode"),
                document.getBoolean("rural", false), counts(document.get("studentsByStage", Document.class)),
                document.getInteger("requiredTeachers"), document.getInteger("teachers"),
                counts(document.get("teachersBySubject", Document.class)), document.getDate("computedAt").toInstant()),
                AggregateStore.versionOf(document));
    }

    private static Map<String, Integer> counts(Document document) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (document != null) {
            document.forEach((key, value) -> counts.put(key, ((Number) value).intValue()));
        }
        return counts;
    }
}
