package org.eduaid.subsidy.eligibility.persistence;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.eduaid.subsidy.eligibility.application.StudentsAwaitingSchools;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.stereotype.Repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code eligibility_school_waits}: one document per school not yet known here ({@code _id} = school
 * code), with the students decided without it. Small and usually empty.
 */
@Repository
class MongoStudentsAwaitingSchools implements StudentsAwaitingSchools {

    static final String COLLECTION = "eligibility_school_waits";

    private final ReactiveMongoDatabaseFactory databases;

    MongoStudentsAwaitingSchools(ReactiveMongoDatabaseFactory databases) {
        this.databases = databases;
    }

    @Override
    public Mono<Void> await(String schoolCode, String studentId) {
        return collection().flatMap(c -> Mono.from(c.updateOne(Filters.eq("_id", schoolCode),
                Updates.addToSet("students", studentId), new UpdateOptions().upsert(true)))).then();
    }

    @Override
    public Mono<Map<String, Set<String>>> waiting(int limit) {
        return collection().flatMapMany(c -> Flux.from(c.find().limit(limit)))
                .collectMap(d -> d.getString("_id"),
                        d -> (Set<String>) new LinkedHashSet<>(d.getList("students", String.class, List.of())),
                        LinkedHashMap::new);
    }

    @Override
    public Mono<Void> done(String schoolCode, Collection<String> studentIds) {
        return collection().flatMap(c -> Mono.from(c.updateOne(Filters.eq("_id", schoolCode),
                        Updates.pullAll("students", List.copyOf(studentIds))))
                .then(Mono.from(c.deleteOne(Filters.and(Filters.eq("_id", schoolCode), Filters.size("students", 0))))))
                .then();
    }

    private Mono<MongoCollection<Document>> collection() {
        return databases.getMongoDatabase().map(db -> db.getCollection(COLLECTION));
    }
}
