package org.eduaid.teacher.school.messaging;

import org.bson.Document;
import org.eduaid.teacher.school.application.PostingSchool;
import org.eduaid.teacher.school.application.PostingSchools;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Mono;

@Repository
class MongoPostingSchools implements PostingSchools {

    private final ReactiveMongoTemplate mongo;

    MongoPostingSchools(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<PostingSchool> find(String schoolCode) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(schoolCode)), Document.class,
                        PostingSchoolProjection.COLLECTION)
                .map(found -> new PostingSchool(found.getString("_id"), found.getString("name"),
                        found.getString("countyCode"), found.getString("kind"), found.getBoolean("rural", false)));
    }
}
