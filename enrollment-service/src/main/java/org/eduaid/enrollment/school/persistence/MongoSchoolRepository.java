package org.eduaid.enrollment.school.persistence;

import java.util.Date;

import org.bson.Document;
import org.eduaid.enrollment.school.application.SchoolRepository;
import org.eduaid.enrollment.school.domain.Locality;
import org.eduaid.enrollment.school.domain.School;
import org.eduaid.enrollment.school.domain.SchoolCode;
import org.eduaid.enrollment.school.domain.SchoolKind;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.AggregateStore;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Mono;

/** Schools in the {@code schools} collection, keyed by school code, with their pending events. */
@Repository
class MongoSchoolRepository implements SchoolRepository {

    private final AggregateStore store;

    MongoSchoolRepository(AggregateStore schoolStore) {
        this.store = schoolStore;
    }

    @Override
    public Mono<Void> add(ResultWithEvents<School> registered, TraceContext trace) {
        School school = registered.aggregate();
        return store.insert(school.code().value(), toDocument(school), registered.events(), trace).then();
    }

    @Override
    public Mono<School> find(SchoolCode code) {
        return store.find(code.value()).map(MongoSchoolRepository::fromDocument);
    }

    private static Document toDocument(School school) {
        return new Document("name", school.name())
                .append("countyCode", school.countyCode())
                .append("kind", school.kind().name())
                .append("locality", school.locality().name())
                .append("boarding", school.boarding())
                .append("registeredAt", Date.from(school.registeredAt()));
    }

    private static School fromDocument(Document document) {
        return new School(new SchoolCode(document.getString("_id")), document.getString("name"),
                document.getString("countyCode"), SchoolKind.valueOf(document.getString("kind")),
                Locality.valueOf(document.getString("locality")), document.getBoolean("boarding", false),
                document.getDate("registeredAt").toInstant());
    }
}
