package org.eduaid.enrollment.household.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.bson.Document;
import org.eduaid.kit.persistence.ByIds;
import org.eduaid.enrollment.household.application.ExternalFlagStore;
import org.eduaid.enrollment.household.domain.DisabilityKind;
import org.eduaid.enrollment.household.domain.FlagChange;
import org.eduaid.enrollment.household.domain.FlagSource;
import org.eduaid.enrollment.household.domain.HouseholdFlag;
import org.eduaid.enrollment.household.domain.RecordStamp;
import org.eduaid.enrollment.household.domain.ReportedFlag;
import org.eduaid.enrollment.person.PersonId;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Repository;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code external_flags}: one document per person, flag and source ({@code _id}
 * {@code <personId>:<flag>:<source>}), the current record's fields at the top and the last changes
 * in {@code history}. No ID number and no name: the person is only their pseudonymous id.
 *
 * <p>Why not the kit's {@code ProjectionStore.upsertIfNewer}: it orders rows by one {@code long}
 * sequence, and the order here is (ce_time, ce_sequence, event id) across several agency record ids
 * per row. Squeezing time and sequence into one long (epoch millis in the high bits) would drop
 * sub-millisecond times, overflow on large sequences and lose the event-id tie-break, and a row also
 * keeps a history the kit's {@code $set} cannot append to. So the order is decided in the domain
 * ({@link ReportedFlag#judge}) on the row as read, and the write is a compare-and-set: an insert
 * that fails on the unique {@code _id}, or a replace matched on {@code _id} and the event id read.
 * Both are exact matches, answered from the primary index also by the embedded store; a lost race
 * reads and judges again.
 *
 * <p>{@code recordedAt} is stored as the ISO-8601 instant the agency sent, not a BSON date, which
 * would cut it to milliseconds and make two records of the same millisecond compare wrongly.
 */
@Repository
class MongoExternalFlagStore implements ExternalFlagStore {

    static final String COLLECTION = "external_flags";
    /**
     * One document per person any outside system has reported ({@code _id} = person id), so a chunk of
     * newly registered students is checked with one {@code _id} lookup per child instead of one per
     * possible flag and source; most children have no reported flag at all.
     */
    static final String PEOPLE = "external_flag_people";

    private final ReactiveMongoTemplate mongo;

    MongoExternalFlagStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<ReportedFlag> find(String rowId) {
        return collection().flatMap(rows -> Mono.from(rows.find(Filters.eq("_id", rowId)).first()))
                .map(MongoExternalFlagStore::fromDocument);
    }

    /** The person is marked before the row exists, so a lookup that finds no mark finds no row either. */
    @Override
    public Mono<Boolean> insert(ReportedFlag row) {
        String person = row.person().value();
        return mongo.getCollection(PEOPLE)
                .flatMap(people -> Mono.from(people.updateOne(Filters.eq("_id", person),
                        Updates.setOnInsert("_id", person), new UpdateOptions().upsert(true))))
                .then(collection())
                .flatMap(rows -> Mono.from(rows.insertOne(toDocument(row))))
                .thenReturn(true)
                .onErrorResume(MongoWriteException.class, e -> e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY
                        ? Mono.just(false) : Mono.error(e));
    }

    @Override
    public Mono<Boolean> replace(ReportedFlag expected, ReportedFlag next) {
        if (!expected.id().equals(next.id())) {
            throw new IllegalArgumentException("a row keeps its id");
        }
        return collection().flatMap(rows -> Mono.from(rows.replaceOne(
                        Filters.and(Filters.eq("_id", expected.id()), Filters.eq("eventId", expected.current().stamp().eventId())),
                        toDocument(next))))
                .map(result -> result.getMatchedCount() == 1);
    }

    @Override
    public Flux<ReportedFlag> findAll(Collection<String> rowIds) {
        if (rowIds.isEmpty()) {
            return Flux.empty();
        }
        return collection().flatMapMany(rows -> ByIds.find(rows, rowIds))
                .map(MongoExternalFlagStore::fromDocument);
    }

    @Override
    public Flux<PersonId> reported(Collection<PersonId> people) {
        if (people.isEmpty()) {
            return Flux.empty();
        }
        return mongo.getCollection(PEOPLE)
                .flatMapMany(marks -> ByIds.find(marks, people.stream().map(PersonId::value).toList()))
                .map(mark -> new PersonId(mark.getString("_id")));
    }

    private Mono<MongoCollection<Document>> collection() {
        return mongo.getCollection(COLLECTION);
    }

    static Document toDocument(ReportedFlag row) {
        Document document = new Document("_id", row.id())
                .append("person", row.person().value())
                .append("flag", row.flag().name())
                .append("source", row.source().wireName())
                .append("countyCode", row.countyCode());
        appendChange(document, row.current());
        List<Document> history = new ArrayList<>();
        row.history().forEach(change -> history.add(appendChange(new Document(), change)));
        return document.append("history", history);
    }

    private static Document appendChange(Document into, FlagChange change) {
        return into.append("on", change.on())
                .append("disabilityKind", change.disabilityKind() == null ? null : change.disabilityKind().name())
                .append("disabilityGrade", change.disabilityGrade())
                .append("effectiveOn", change.effectiveOn().toString())
                .append("recordedAt", change.stamp().recordedAt().toString())
                .append("sequence", change.stamp().sequence())
                .append("eventId", change.stamp().eventId())
                .append("sourceRecord", change.sourceRecord());
    }

    static ReportedFlag fromDocument(Document document) {
        List<FlagChange> history = new ArrayList<>();
        document.getList("history", Document.class, List.of()).forEach(entry -> history.add(changeOf(entry)));
        FlagChange current = changeOf(document);
        if (history.isEmpty()) {
            history.add(current);
        }
        return new ReportedFlag(new PersonId(document.getString("person")), HouseholdFlag.valueOf(document.getString("flag")),
                FlagSource.fromWireName(document.getString("source")), document.getString("countyCode"), current, history);
    }

    private static FlagChange changeOf(Document document) {
        String kind = document.getString("disabilityKind");
        Number sequence = document.get("sequence", Number.class);
        return new FlagChange(document.getBoolean("on", false), kind == null ? null : DisabilityKind.valueOf(kind),
                document.getInteger("disabilityGrade"), LocalDate.parse(document.getString("effectiveOn")),
                new RecordStamp(Instant.parse(document.getString("recordedAt")), sequence == null ? 0 : sequence.longValue(),
                        document.getString("eventId")),
                document.getString("sourceRecord"));
    }
}
