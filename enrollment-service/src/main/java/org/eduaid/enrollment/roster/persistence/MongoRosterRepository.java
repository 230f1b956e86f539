package org.eduaid.enrollment.roster.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.enrollment.roster.application.RosterEntry;
import org.eduaid.enrollment.roster.application.RosterRepository;
import org.eduaid.enrollment.roster.domain.ChangeKind;
import org.eduaid.enrollment.roster.domain.RegistryPosition;
import org.eduaid.enrollment.roster.domain.Residence;
import org.eduaid.enrollment.roster.domain.RosterChange;
import org.eduaid.enrollment.roster.domain.RosterChild;
import org.eduaid.enrollment.roster.domain.RosterStatus;
import org.eduaid.kit.persistence.ByIds;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.privacy.FieldCipher;
import org.eduaid.kit.privacy.FieldPurpose;
import org.eduaid.kit.privacy.Masks;
import org.eduaid.kit.privacy.ResidentIdNumber;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.stereotype.Repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Roster entries in the {@code roster} collection, keyed by person id. The ID number and the name
 * are encrypted ({@link FieldCipher}); their masked forms are stored next to them for lists, so a
 * page of the ledger decrypts nothing. The birth date is stored as {@code yyyy-MM-dd} text, which
 * sorts and ranges like the date.
 */
@Repository
class MongoRosterRepository implements RosterRepository {

    static final String COLLECTION = "roster";
    static final FieldPurpose ID_NUMBER = FieldPurpose.of(COLLECTION, "idNumber");
    static final FieldPurpose NAME = FieldPurpose.of(COLLECTION, "name");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Bson ENTRY_FIELDS = Projections.include("idNumberMasked", "nameMasked", "birthDate", "sex",
            "countyCode", "townshipCode");

    private final AggregateStore store;
    private final FieldCipher cipher;
    private final MongoCollection<Document> collection;

    MongoRosterRepository(@Qualifier("rosterStore") AggregateStore rosterStore, ReactiveMongoDatabaseFactory databases,
            FieldCipher cipher) {
        this.store = rosterStore;
        this.cipher = cipher;
        this.collection = databases.getMongoDatabase().block(TIMEOUT).getCollection(COLLECTION);
        // the exact-match part of the ledger and comparison queries (the embedded store uses no range index)
        Mono.from(collection.createIndex(new Document("countyCode", 1).append("status", 1),
                new IndexOptions().name("county_status"))).block(TIMEOUT);
    }

    @Override
    public Mono<Versioned> find(PersonId id) {
        return store.find(id.value()).map(this::fromDocument);
    }

    @Override
    public Mono<Map<PersonId, Versioned>> findAll(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        List<String> values = ids.stream().map(PersonId::value).toList();
        return ByIds.find(collection(), values, Projections.exclude("_outbox", "_outboxSince", "_outboxPartition"))
                .map(this::fromDocument)
                .collectMap(versioned -> versioned.child().id(), versioned -> versioned, HashMap::new);
    }

    @Override
    public Mono<Void> add(ResultWithEvents<RosterChild> created, TraceContext trace) {
        RosterChild child = created.aggregate();
        return store.insert(child.id().value(), toDocument(child, true), created.events(), trace).then();
    }

    @Override
    public Mono<List<PersonId>> addAll(List<ResultWithEvents<RosterChild>> created, TraceContext trace) {
        List<AggregateStore.NewAggregate> aggregates = created.stream()
                .map(result -> new AggregateStore.NewAggregate(result.aggregate().id().value(),
                        toDocument(result.aggregate(), true), result.events()))
                .toList();
        return store.insertAll(aggregates, trace).map(existing -> existing.stream().map(PersonId::new).toList());
    }

    @Override
    public Mono<Void> update(ResultWithEvents<RosterChild> changed, long expectedVersion, TraceContext trace) {
        RosterChild child = changed.aggregate();
        return store.update(child.id().value(), expectedVersion, toDocument(child, false), changed.events(), trace)
                .then();
    }

    @Override
    public Flux<RosterEntry> onRoster(String countyCode, LocalDate bornFrom, LocalDate bornTo) {
        return Flux.from(collection().find(onRosterFilter(countyCode, bornFrom, bornTo)).projection(ENTRY_FIELDS)
                        .sort(Sorts.ascending("_id")).batchSize(1000))
                .map(MongoRosterRepository::entryOf);
    }

    @Override
    public Flux<RosterEntry> onRosterPage(String countyCode, LocalDate bornFrom, LocalDate bornTo, long skip,
            int limit) {
        return Flux.from(collection().find(onRosterFilter(countyCode, bornFrom, bornTo)).projection(ENTRY_FIELDS)
                        .sort(Sorts.ascending("_id")).skip((int) Math.min(skip, Integer.MAX_VALUE)).limit(limit))
                .map(MongoRosterRepository::entryOf);
    }

    @Override
    public Mono<Long> countOnRoster(String countyCode, LocalDate bornFrom, LocalDate bornTo) {
        return Mono.from(collection().countDocuments(onRosterFilter(countyCode, bornFrom, bornTo)));
    }

    @Override
    public Flux<String> countiesOnRoster() {
        return Flux.from(collection().distinct("countyCode", Filters.eq("status", RosterStatus.ON_ROSTER.name()),
                String.class));
    }

    private static Bson onRosterFilter(String countyCode, LocalDate bornFrom, LocalDate bornTo) {
        return Filters.and(Filters.eq("countyCode", countyCode),
                Filters.eq("status", RosterStatus.ON_ROSTER.name()),
                Filters.gte("birthDate", bornFrom.toString()), Filters.lte("birthDate", bornTo.toString()));
    }

    private static RosterEntry entryOf(Document document) {
        return new RosterEntry(new PersonId(document.getString("_id")), document.getString("idNumberMasked"),
                document.getString("nameMasked"), LocalDate.parse(document.getString("birthDate")),
                document.getString("sex"), document.getString("countyCode"), document.getString("townshipCode"));
    }

    private Document toDocument(RosterChild child, boolean withIdNumber) {
        Document document = new Document();
        if (withIdNumber) {
            // the ID number never changes: written once, with the entry
            document.append("idNumber", cipher.encrypt(child.idNumber().unmaskedValue(), ID_NUMBER))
                    .append("idNumberMasked", child.idNumber().masked())
                    .append("birthDate", child.birthDate().toString())
                    .append("sex", child.sex().name());
        }
        document.append("name", cipher.encrypt(child.name(), NAME))
                .append("nameMasked", Masks.personName(child.name()))
                .append("countyCode", child.residence().countyCode())
                .append("townshipCode", child.residence().townshipCode())
                .append("villageCode", child.residence().villageCode())
                .append("status", child.status().name());
        RegistryPosition last = child.lastRegistryRecord();
        document.append("registryTime", last == null ? null : Date.from(last.time()))
                .append("registrySequence", last == null ? null : last.sequence());
        List<Document> history = new ArrayList<>();
        for (RosterChange change : child.history()) {
            history.add(new Document("kind", change.kind().name())
                    .append("countyCode", change.countyCode())
                    .append("townshipCode", change.townshipCode())
                    .append("effectiveOn", change.effectiveOn() == null ? null : change.effectiveOn().toString())
                    .append("source", change.source())
                    .append("recordedAt", Date.from(change.recordedAt())));
        }
        return document.append("history", history);
    }

    private Versioned fromDocument(Document document) {
        ResidentIdNumber idNumber = ResidentIdNumber.parse(cipher.decrypt(document.getString("idNumber"), ID_NUMBER));
        Date registryTime = document.getDate("registryTime");
        Number registrySequence = (Number) document.get("registrySequence");
        RegistryPosition last = registryTime == null ? null
                : new RegistryPosition(registryTime.toInstant(), registrySequence.longValue());
        List<RosterChange> history = new ArrayList<>();
        for (Document change : document.getList("history", Document.class, List.of())) {
            String effectiveOn = change.getString("effectiveOn");
            history.add(new RosterChange(ChangeKind.valueOf(change.getString("kind")), change.getString("countyCode"),
                    change.getString("townshipCode"), effectiveOn == null ? null : LocalDate.parse(effectiveOn),
                    change.getString("source"), toInstant(change.getDate("recordedAt"))));
        }
        RosterChild child = new RosterChild(new PersonId(document.getString("_id")), idNumber,
                cipher.decrypt(document.getString("name"), NAME),
                new Residence(document.getString("countyCode"), document.getString("townshipCode"),
                        document.getString("villageCode")),
                RosterStatus.valueOf(document.getString("status")), last, history);
        return new Versioned(child, AggregateStore.versionOf(document));
    }

    private static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private MongoCollection<Document> collection() {
        return collection;
    }
}
