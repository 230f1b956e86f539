package org.eduaid.enrollment.student.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.enrollment.student.application.Page;
import org.eduaid.enrollment.student.application.StoredStudent;
import org.eduaid.enrollment.student.application.StudentDirectory;
import org.eduaid.enrollment.student.application.StudentQuery;
import org.eduaid.enrollment.student.application.StudentRepository;
import org.eduaid.enrollment.student.application.StudentStatus;
import org.eduaid.enrollment.student.domain.Student;
import org.eduaid.kit.persistence.ByIds;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.AggregateStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.stereotype.Repository;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Students in the {@code students} collection, keyed by person id, written through the aggregate
 * store (state and events in one write, versioned); lists and the directory read the collection directly.
 */
@Repository
class MongoStudentRepository implements StudentRepository, StudentDirectory {

    static final String IDENTITY_KEYS = "student_identity_keys";
    private static final String IDENTITY_STUDENTS = "students";

    private final AggregateStore store;
    private final StudentDocuments documents;
    private final ReactiveMongoDatabaseFactory databases;

    MongoStudentRepository(@Qualifier("studentStore") AggregateStore studentStore, StudentDocuments documents,
            ReactiveMongoDatabaseFactory databases) {
        this.store = studentStore;
        this.documents = documents;
        this.databases = databases;
    }

    @Override
    public Mono<Long> add(ResultWithEvents<Student> registered, TraceContext trace) {
        Student student = registered.aggregate();
        return store.insert(student.id().value(), documents.toDocument(student), registered.events(), trace);
    }

    @Override
    public Mono<List<PersonId>> addAll(List<ResultWithEvents<Student>> registered, TraceContext trace) {
        List<AggregateStore.NewAggregate> aggregates = registered.stream()
                .map(r -> new AggregateStore.NewAggregate(r.aggregate().id().value(),
                        documents.toDocument(r.aggregate()), r.events()))
                .toList();
        return store.insertAll(aggregates, trace).map(ids -> ids.stream().map(PersonId::new).toList());
    }

    @Override
    public Mono<Long> update(long expectedVersion, ResultWithEvents<Student> changed, TraceContext trace) {
        Student student = changed.aggregate();
        return store.update(student.id().value(), expectedVersion, documents.toDocument(student), changed.events(),
                trace);
    }

    @Override
    public Mono<StoredStudent> find(PersonId id) {
        return store.find(id.value()).map(this::stored);
    }

    @Override
    public Mono<Map<PersonId, StoredStudent>> findAll(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return collection().flatMapMany(c -> ByIds.find(c, ids.stream().map(PersonId::value).toList(),
                        Projections.exclude("_outbox", "_outboxSince", "_outboxPartition")))
                .map(this::stored)
                .collectMap(s -> s.student().id(), s -> s, LinkedHashMap::new);
    }

    @Override
    public Mono<Page<StoredStudent>> search(StudentQuery query) {
        List<Bson> filters = new ArrayList<>();
        if (query.countyCode() != null) {
            filters.add(Filters.or(Filters.eq("countyCode", query.countyCode()),
                    Filters.eq("householdCountyCode", query.countyCode())));
        }
        if (query.schoolCode() != null) {
            filters.add(Filters.eq("schoolCode", query.schoolCode()));
        }
        if (query.flag() != null) {
            filters.add(Filters.eq(StudentDocuments.FLAG_FIELDS.get(query.flag()), true));
        }
        if (query.stage() != null) {
            filters.add(Filters.eq("stage", query.stage().name()));
        }
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        return collection().flatMap(c -> Mono.zip(
                Flux.from(c.find(filter).sort(Sorts.ascending("_id")).skip(query.page() * query.size())
                                .limit(query.size()))
                        .map(this::stored).collectList(),
                Mono.from(c.countDocuments(filter))))
                .map(t -> new Page<>(t.getT1(), query.page(), query.size(), t.getT2()));
    }

    /**
     * Look-alikes are found through {@code student_identity_keys} ({@code _id} = identity key, with the
     * ids of the students who have it) rather than a query on the students' {@code identityKey}: an
     * {@code _id} lookup is an index lookup on every store, while the embedded one keeps no index but
     * unique ones and would scan every student for each chunk of an import.
     */
    @Override
    public Mono<List<StoredStudent>> lookAlikes(Map<PersonId, String> identityKeys) {
        if (identityKeys.isEmpty()) {
            return Mono.just(List.of());
        }
        List<UpdateOneModel<Document>> entries = identityKeys.entrySet().stream()
                .map(entry -> new UpdateOneModel<Document>(Filters.eq("_id", entry.getValue()),
                        Updates.addToSet(IDENTITY_STUDENTS, entry.getKey().value()), new UpdateOptions().upsert(true)))
                .toList();
        List<String> keys = identityKeys.values().stream().distinct().toList();
        return databases.getMongoDatabase().map(db -> db.getCollection(IDENTITY_KEYS))
                .flatMap(index -> Mono.from(index.bulkWrite(entries, new BulkWriteOptions().ordered(false)))
                        .thenMany(ByIds.find(index, keys))
                        .map(entry -> entry.getList(IDENTITY_STUDENTS, String.class))
                        .filter(sharing -> sharing.size() > 1)
                        .flatMapIterable(sharing -> sharing)
                        .distinct()
                        .map(PersonId::new)
                        .collectList())
                .flatMap(shared -> shared.isEmpty() ? Mono.just(List.<StoredStudent>of())
                        : findAll(shared).map(found -> List.copyOf(found.values())));
    }

    /** A few queries for all ids (see {@link ByIds}), reading only the plain fields: nothing is decrypted. */
    @Override
    public Mono<Map<PersonId, StudentStatus>> statusOf(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return collection().flatMapMany(c -> ByIds.find(c, ids.stream().map(PersonId::value).toList(),
                        Projections.include("householdCountyCode", "status", "schoolCode", "countyCode", "statusSince",
                                "statusReason", "registeredPoor", "orphan", "disabled", "leftBehind")))
                .map(MongoStudentRepository::status)
                .collectMap(StudentStatus::id, s -> s);
    }

    private static StudentStatus status(Document d) {
        StudentStatus.Enrolment enrolment = switch (d.getString("status")) {
            case "ACTIVE" -> StudentStatus.Enrolment.ACTIVE;
            case "SUSPENDED" -> StudentStatus.Enrolment.SUSPENDED;
            case "WITHDRAWN" -> StudentStatus.Enrolment.WITHDRAWN;
            case "GRADUATED" -> StudentStatus.Enrolment.GRADUATED;
            default -> StudentStatus.Enrolment.NONE;
        };
        String since = d.getString("statusSince");
        return new StudentStatus(new PersonId(d.getString("_id")), d.getString("householdCountyCode"), enrolment,
                d.getString("schoolCode"), d.getString("countyCode"),
                since == null ? null : java.time.LocalDate.parse(since),
                enrolment == StudentStatus.Enrolment.WITHDRAWN ? d.getString("statusReason") : null,
                d.getBoolean("registeredPoor", false), d.getBoolean("orphan", false), d.getBoolean("disabled", false),
                d.getBoolean("leftBehind", false));
    }

    private StoredStudent stored(Document document) {
        return new StoredStudent(documents.fromDocument(document), AggregateStore.versionOf(document));
    }

    private Mono<MongoCollection<Document>> collection() {
        return databases.getMongoDatabase().map(db -> db.getCollection(StudentDocuments.COLLECTION));
    }

}
