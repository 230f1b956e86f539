package org.eduaid.subsidy.eligibility.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.outbox.StaleAggregateException;
import org.eduaid.kit.persistence.ByIds;
import org.eduaid.subsidy.eligibility.application.Page;
import org.eduaid.subsidy.eligibility.application.StoredStudent;
import org.eduaid.subsidy.eligibility.application.StudentEligibilityRepository;
import org.eduaid.subsidy.eligibility.application.StudentWrite;
import org.eduaid.subsidy.eligibility.domain.StudentEligibility;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.stereotype.Repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Students' eligibility in {@code student_eligibility}, written through the aggregate store (state
 * and {@code EligibilityDecided} in one versioned write); reads go to the collection directly.
 */
@Repository
class MongoStudentEligibilityRepository implements StudentEligibilityRepository {

    static final String COLLECTION = "student_eligibility";
    private static final Bson WITHOUT_OUTBOX = Projections.exclude("_outbox", "_outboxSince", "_outboxPartition");
    /** Documents per reply while reading every student: fewer round trips on a long pass. */
    private static final int PASS_BATCH = 2_000;
    /** Versioned updates of a batch under way at once. */
    private static final int UPDATE_CONCURRENCY = 16;

    private final AggregateStore store;
    private final ReactiveMongoDatabaseFactory databases;

    MongoStudentEligibilityRepository(@Qualifier("studentEligibilityStore") AggregateStore store,
            ReactiveMongoDatabaseFactory databases) {
        this.store = store;
        this.databases = databases;
    }

    @Override
    public Mono<StoredStudent> find(String studentId) {
        return store.find(studentId).map(MongoStudentEligibilityRepository::stored);
    }

    @Override
    public Mono<Long> insert(ResultWithEvents<StudentEligibility> created, TraceContext trace) {
        StudentEligibility student = created.aggregate();
        return store.insert(student.studentId(), state(student), created.events(), trace);
    }

    @Override
    public Mono<Long> update(long expectedVersion, ResultWithEvents<StudentEligibility> changed, TraceContext trace) {
        StudentEligibility student = changed.aggregate();
        return store.update(student.studentId(), expectedVersion, state(student), changed.events(), trace);
    }

    @Override
    public Mono<List<String>> updateAll(List<VersionedChange> changes, TraceContext trace) {
        List<AggregateStore.ChangedAggregate> changed = changes.stream()
                .map(c -> new AggregateStore.ChangedAggregate(c.changed().aggregate().studentId(), c.expectedVersion(),
                        state(c.changed().aggregate()), c.changed().events()))
                .toList();
        return store.updateAll(changed, trace).map(AggregateStore.UpdateOutcome::stale);
    }

    @Override
    public Mono<List<String>> insertAll(List<StudentWrite> created) {
        Map<String, TraceContext> traces = new HashMap<>();
        List<AggregateStore.NewAggregate> aggregates = new ArrayList<>(created.size());
        for (StudentWrite write : created) {
            StudentEligibility student = write.result().aggregate();
            traces.put(student.studentId(), write.trace());
            aggregates.add(new AggregateStore.NewAggregate(student.studentId(), state(student), write.result().events()));
        }
        return store.insertAll(aggregates, aggregate -> traces.get(aggregate.id()));
    }

    /**
     * One versioned update per student, a few at a time, each under the trace of the record that changed
     * it; the kit's bulk {@code updateAll} writes a whole call under one trace.
     */
    @Override
    public Mono<List<String>> updateAll(List<StudentWrite> changed) {
        return Flux.fromIterable(changed)
                .flatMap(write -> update(write.expectedVersion(), write.result(), write.trace())
                        .then(Mono.<String>empty())
                        .onErrorResume(StaleAggregateException.class, e -> Mono.just(write.studentId())),
                        UPDATE_CONCURRENCY)
                .collectList();
    }

    @Override
    public Mono<Map<String, StoredStudent>> findAll(Collection<String> studentIds) {
        if (studentIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return collection().flatMapMany(c -> ByIds.find(c, studentIds, WITHOUT_OUTBOX))
                .map(MongoStudentEligibilityRepository::stored)
                .collectMap(s -> s.student().studentId(), s -> s, LinkedHashMap::new);
    }

    @Override
    public Flux<StoredStudent> all() {
        return collection().flatMapMany(c -> c.find().projection(WITHOUT_OUTBOX).batchSize(PASS_BATCH))
                .map(MongoStudentEligibilityRepository::stored);
    }

    @Override
    public Mono<Long> count() {
        return collection().flatMap(c -> Mono.from(c.estimatedDocumentCount()));
    }

    @Override
    public Mono<Page<StoredStudent>> eligibleIn(String countyCode, String programmeCode, String schoolCode, int page,
            int size) {
        List<Bson> filters = new ArrayList<>();
        filters.add(Filters.eq(StudentEligibilityDocuments.COUNTY, countyCode));
        filters.add(programmeCode == null ? Filters.exists(StudentEligibilityDocuments.ELIGIBLE + ".0")
                : Filters.eq(StudentEligibilityDocuments.ELIGIBLE, programmeCode));
        if (schoolCode != null) {
            filters.add(Filters.eq(StudentEligibilityDocuments.SCHOOL, schoolCode));
        }
        Bson filter = Filters.and(filters);
        return collection().flatMap(c -> Mono.zip(
                        Flux.from(c.find(filter).projection(WITHOUT_OUTBOX).sort(Sorts.ascending("_id"))
                                .skip(page * size).limit(size)).map(MongoStudentEligibilityRepository::stored)
                                .collectList(),
                        Mono.from(c.countDocuments(filter))))
                .map(t -> new Page<>(t.getT1(), page, size, t.getT2()));
    }

    private static Document state(StudentEligibility student) {
        return StudentEligibilityDocuments.toDocument(student);
    }

    private static StoredStudent stored(Document document) {
        return new StoredStudent(StudentEligibilityDocuments.fromDocument(document), AggregateStore.versionOf(document));
    }

    private Mono<MongoCollection<Document>> collection() {
        return databases.getMongoDatabase().map(db -> db.getCollection(COLLECTION));
    }
}
