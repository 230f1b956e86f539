package org.eduaid.teacher.teacher.persistence;

import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.outbox.AggregateStore.NewAggregate;
import org.eduaid.teacher.teacher.application.NewTeacher;
import org.eduaid.teacher.teacher.application.TeacherRepository;
import org.eduaid.teacher.teacher.application.VersionedTeacher;
import org.eduaid.teacher.teacher.domain.Teacher;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Teachers in {@code teachers}. Reads that walk many teachers are one query with a cursor fetched a
 * batch at a time: paging by {@code _id} would make the embedded store scan the collection once per
 * page, since it answers ranges without its index.
 */
@Repository
class MongoTeacherRepository implements TeacherRepository {

    private static final int BATCH = 1_000;
    /** What a read needs: never the outbox, never the encrypted name and ID number. */
    private static final Bson READ = Projections.exclude("_outbox", TeacherDocuments.ENCRYPTED_NAME,
            TeacherDocuments.ENCRYPTED_ID_NUMBER);

    private final AggregateStore store;
    private final MongoCollection<Document> collection;

    MongoTeacherRepository(@Qualifier("teacherStore") AggregateStore store,
            @Qualifier("teacherCollection") MongoCollection<Document> collection) {
        this.store = store;
        this.collection = collection;
    }

    @Override
    public Mono<VersionedTeacher> find(String teacherId) {
        return Mono.from(collection.find(Filters.eq("_id", teacherId)).projection(READ).first())
                .map(MongoTeacherRepository::versioned);
    }

    @Override
    public Mono<List<String>> addAll(List<NewTeacher> teachers, TraceContext trace) {
        List<NewAggregate> aggregates = teachers.stream().map(MongoTeacherRepository::aggregate).toList();
        return store.insertAll(aggregates, trace);
    }

    @Override
    public Mono<Long> update(ResultWithEvents<Teacher> changed, long expectedVersion, TraceContext trace) {
        // the store sets the fields given, so the encrypted name and ID number stay as registered
        return store.update(changed.aggregate().id(), expectedVersion, TeacherDocuments.toDocument(changed.aggregate()),
                changed.events(), trace);
    }

    @Override
    public Flux<VersionedTeacher> all() {
        return Flux.from(collection.find().projection(READ).sort(Sorts.ascending("_id")).batchSize(BATCH))
                .map(MongoTeacherRepository::versioned);
    }

    @Override
    public Flux<VersionedTeacher> everPostedIn(String regionPrefix) {
        if (regionPrefix.isEmpty()) {
            return all();
        }
        Bson filter = regionPrefix.length() == 6 ? Filters.eq("countyCodes", regionPrefix)
                : Filters.regex("countyCodes", "^" + regionPrefix);
        return Flux.from(collection.find(filter).projection(READ).sort(Sorts.ascending("_id")).batchSize(BATCH))
                .map(MongoTeacherRepository::versioned);
    }

    @Override
    public Flux<VersionedTeacher> postedIn(String schoolCode, String regionPrefix) {
        Bson filter = schoolCode != null ? Filters.eq("schoolCode", schoolCode)
                : Filters.regex("countyCode", "^" + regionPrefix);
        return Flux.from(collection.find(filter).projection(READ).sort(Sorts.ascending("_id")).batchSize(BATCH))
                .map(MongoTeacherRepository::versioned);
    }

    private static NewAggregate aggregate(NewTeacher teacher) {
        Teacher registered = teacher.registered().aggregate();
        Document state = TeacherDocuments.toDocument(registered)
                .append(TeacherDocuments.ENCRYPTED_NAME, teacher.encryptedName())
                .append(TeacherDocuments.ENCRYPTED_ID_NUMBER, teacher.encryptedIdNumber());
        return new NewAggregate(registered.id(), state, teacher.registered().events());
    }

    private static VersionedTeacher versioned(Document document) {
        return new VersionedTeacher(TeacherDocuments.fromDocument(document), AggregateStore.versionOf(document));
    }
}
