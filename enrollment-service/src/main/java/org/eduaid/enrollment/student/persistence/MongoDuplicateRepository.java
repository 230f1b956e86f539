package org.eduaid.enrollment.student.persistence;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.eduaid.enrollment.student.application.DuplicateRepository;
import org.eduaid.enrollment.student.application.DuplicateReview;
import org.eduaid.enrollment.student.application.Page;
import org.eduaid.kit.privacy.FieldCipher;
import org.eduaid.kit.privacy.FieldPurpose;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.stereotype.Repository;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code student_duplicates}: one document per pair, keyed by the two student ids, with both
 * students' counties in {@code countyCodes} for the per-county list; only masked forms are stored,
 * and the officer's note is encrypted (it may name people).
 */
@Repository
class MongoDuplicateRepository implements DuplicateRepository {

    static final String COLLECTION = "student_duplicates";
    private static final FieldPurpose NOTE = FieldPurpose.of(COLLECTION, "note");

    private final ReactiveMongoDatabaseFactory databases;
    private final FieldCipher cipher;

    MongoDuplicateRepository(ReactiveMongoDatabaseFactory databases, FieldCipher cipher) {
        this.databases = databases;
        this.cipher = cipher;
    }

    @Override
    public Mono<Void> report(List<DuplicateReview> found) {
        if (found.isEmpty()) {
            return Mono.empty();
        }
        List<Document> documents = found.stream().map(MongoDuplicateRepository::toDocument).toList();
        return collection().flatMap(c -> Mono.from(c.insertMany(documents, new InsertManyOptions().ordered(false))))
                // a pair already reported (open or resolved) stays as it is
                .onErrorResume(MongoBulkWriteException.class, e -> Mono.empty())
                .then();
    }

    @Override
    public Mono<Page<DuplicateReview>> inCounty(String countyCode, int page, int size) {
        var filter = Filters.eq("countyCodes", countyCode);
        return collection().flatMap(c -> Mono.zip(
                Flux.from(c.find(filter).sort(Sorts.ascending("_id")).skip(page * size).limit(size))
                        .map(this::fromDocument).collectList(),
                Mono.from(c.countDocuments(filter))))
                .map(t -> new Page<>(t.getT1(), page, size, t.getT2()));
    }

    @Override
    public Mono<DuplicateReview> find(String id) {
        return collection().flatMap(c -> Mono.from(c.find(Filters.eq("_id", id)).first())).map(this::fromDocument);
    }

    @Override
    public Mono<DuplicateReview> resolve(String id, String decision, String note, String by, Instant at) {
        return collection().flatMap(c -> Mono.from(c.updateOne(Filters.and(Filters.eq("_id", id),
                        Filters.eq("status", "OPEN")), Updates.combine(Updates.set("status", "RESOLVED"),
                        Updates.set("decision", decision),
                        Updates.set("note", note == null ? null : cipher.encrypt(note, NOTE)),
                        Updates.set("resolvedBy", by), Updates.set("resolvedAt", Date.from(at))))))
                .flatMap(result -> result.getModifiedCount() == 1 ? find(id) : Mono.empty());
    }

    private static Document toDocument(DuplicateReview review) {
        return new Document("_id", review.id())
                .append("students", review.students().stream().map(s -> new Document("studentId", s.studentId())
                        .append("maskedIdNumber", s.maskedIdNumber()).append("maskedName", s.maskedName())
                        .append("householdCountyCode", s.householdCountyCode())
                        .append("enrolmentCountyCode", s.enrolmentCountyCode())).toList())
                .append("countyCodes", review.students().stream()
                        .flatMap(s -> java.util.stream.Stream.of(s.householdCountyCode(), s.enrolmentCountyCode()))
                        .filter(java.util.Objects::nonNull).distinct().toList())
                .append("detectedAt", Date.from(review.detectedAt()))
                .append("status", review.status());
    }

    private DuplicateReview fromDocument(Document d) {
        List<DuplicateReview.Student> students = d.getList("students", Document.class).stream()
                .map(s -> new DuplicateReview.Student(s.getString("studentId"), s.getString("maskedIdNumber"),
                        s.getString("maskedName"), s.getString("householdCountyCode"),
                        s.getString("enrolmentCountyCode")))
                .toList();
        String note = d.getString("note");
        Date resolvedAt = d.getDate("resolvedAt");
        return new DuplicateReview(d.getString("_id"), students, d.getDate("detectedAt").toInstant(),
                d.getString("status"), d.getString("decision"), note == null ? null : cipher.decrypt(note, NOTE),
                d.getString("resolvedBy"), resolvedAt == null ? null : resolvedAt.toInstant());
    }

    private Mono<MongoCollection<Document>> collection() {
        return databases.getMongoDatabase().map(db -> db.getCollection(COLLECTION));
    }
}
