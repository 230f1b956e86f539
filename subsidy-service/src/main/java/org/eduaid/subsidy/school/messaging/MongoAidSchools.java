package org.eduaid.subsidy.school.messaging;

import java.util.Collection;
import java.util.Map;

import org.eduaid.kit.persistence.ByIds;
import org.eduaid.subsidy.school.application.AidSchool;
import org.eduaid.subsidy.school.application.AidSchools;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Mono;

@Repository
class MongoAidSchools implements AidSchools {

    private final ReactiveMongoTemplate mongo;

    MongoAidSchools(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<AidSchool> find(String schoolCode) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(schoolCode)), org.bson.Document.class,
                        AidSchoolProjection.COLLECTION)
                .map(MongoAidSchools::school);
    }

    /** Read by id in the kit's slices. */
    @Override
    public Mono<Map<String, AidSchool>> findAll(Collection<String> schoolCodes) {
        if (schoolCodes.isEmpty()) {
            return Mono.just(Map.of());
        }
        return mongo.getCollection(AidSchoolProjection.COLLECTION)
                .flatMapMany(collection -> ByIds.find(collection, schoolCodes))
                .map(MongoAidSchools::school)
                .collectMap(AidSchool::schoolCode, school -> school);
    }

    private static AidSchool school(org.bson.Document doc) {
        return new AidSchool(doc.getString("_id"), doc.getString("name"), doc.getString("countyCode"),
                doc.getString("kind"), doc.getString("locality"), doc.getBoolean("boarding", false));
    }
}
