package org.eduaid.enrollment.roster.persistence;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.enrollment.roster.application.Absence;
import org.eduaid.enrollment.roster.application.Absences;
import org.eduaid.kit.privacy.FieldCipher;
import org.eduaid.kit.privacy.FieldPurpose;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.stereotype.Repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Absence reports in {@code absences}, one document per student, school and first day (its id), so a
 * repeated report replaces the earlier one. The clerk's free-text note may name people: encrypted.
 */
@Repository
class MongoAbsences implements Absences {

    private static final FieldPurpose NOTE = FieldPurpose.of("absences", "note");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final MongoCollection<Document> collection;
    private final FieldCipher cipher;

    MongoAbsences(ReactiveMongoDatabaseFactory databases, FieldCipher cipher) {
        this.cipher = cipher;
        this.collection = databases.getMongoDatabase().block(TIMEOUT).getCollection("absences");
        Mono.from(collection.createIndex(new Document("studentId", 1), new IndexOptions().name("studentId")))
                .block(TIMEOUT);
    }

    @Override
    public Mono<Boolean> record(Absence absence) {
        String id = absence.studentId().value() + ":" + absence.schoolCode() + ":" + absence.fromDate();
        Document document = new Document("_id", id)
                .append("studentId", absence.studentId().value())
                .append("schoolCode", absence.schoolCode())
                .append("countyCode", absence.countyCode())
                .append("fromDate", absence.fromDate().toString())
                .append("daysAbsent", absence.daysAbsent())
                .append("note", cipher.encrypt(absence.note(), NOTE))
                .append("reportedBy", absence.reportedBy())
                .append("reportedAt", Date.from(absence.reportedAt()));
        return Mono.from(collection.replaceOne(Filters.eq("_id", id), document, new ReplaceOptions().upsert(true)))
                .map(result -> result.getUpsertedId() != null);
    }

    @Override
    public Mono<Map<PersonId, List<Absence>>> of(Collection<PersonId> students, LocalDate since) {
        if (students.isEmpty()) {
            return Mono.just(Map.of());
        }
        List<String> ids = students.stream().map(PersonId::value).toList();
        return Flux.from(collection.find(Filters.in("studentId", ids)))
                .filter(document -> !LocalDate.parse(document.getString("fromDate")).isBefore(since))
                .map(this::fromDocument)
                .collect(HashMap<PersonId, List<Absence>>::new,
                        (byStudent, absence) -> byStudent.computeIfAbsent(absence.studentId(), id -> new ArrayList<>())
                                .add(absence))
                .map(byStudent -> byStudent);
    }

    private Absence fromDocument(Document document) {
        return new Absence(new PersonId(document.getString("studentId")), document.getString("schoolCode"),
                document.getString("countyCode"), LocalDate.parse(document.getString("fromDate")),
                document.getInteger("daysAbsent", 0), cipher.decrypt(document.getString("note"), NOTE),
                document.getString("reportedBy"), document.getDate("reportedAt").toInstant());
    }
}
