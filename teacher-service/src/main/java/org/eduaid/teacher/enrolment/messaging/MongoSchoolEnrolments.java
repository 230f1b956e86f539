package org.eduaid.teacher.enrolment.messaging;

import java.util.HashMap;
import java.util.Map;

import org.bson.Document;
import org.eduaid.teacher.enrolment.application.SchoolEnrolments;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.stereotype.Repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Counts {@code school_students} in one pass (a province is a few hundred thousand small rows). */
@Repository
class MongoSchoolEnrolments implements SchoolEnrolments {

    private final ReactiveMongoDatabaseFactory databases;

    MongoSchoolEnrolments(ReactiveMongoDatabaseFactory databases) {
        this.databases = databases;
    }

    @Override
    public Mono<Map<String, Map<String, Integer>>> studentsByStage(String regionPrefix) {
        return databases.getMongoDatabase()
                .flatMapMany(database -> Flux.from(database.getCollection(SchoolEnrolmentProjection.COLLECTION)
                        .find(Filters.eq("counted", true))
                        .projection(Projections.include("schoolCode", "countyCode", "stage")).batchSize(1_000)))
                .filter(row -> row.getString("countyCode").startsWith(regionPrefix) && row.getString("stage") != null)
                .collect(HashMap::new, (Map<String, Map<String, Integer>> counts, Document row) -> counts
                        .computeIfAbsent(row.getString("schoolCode"), school -> new HashMap<>())
                        .merge(row.getString("stage"), 1, Integer::sum));
    }
}
