package org.eduaid.teacher.school.messaging;

import java.util.regex.Pattern;

import org.bson.Document;
import org.eduaid.teacher.school.application.PostingSchool;
import org.eduaid.teacher.school.application.PostingSchools;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class MongoPostingSchools implements PostingSchools {

    private static final Pattern REGION_PREFIX = Pattern.compile("\\d{0,6}");

    private final ReactiveMongoTemplate mongo;

    MongoPostingSchools(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<PostingSchool> find(String schoolCode) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(schoolCode)), Document.class,
                        PostingSchoolProjection.COLLECTION)
                .map(MongoPostingSchools::postingSchool);
    }

    @Override
    public Flux<PostingSchool> inRegion(String regionPrefix) {
        if (!REGION_PREFIX.matcher(regionPrefix).matches()) {
            throw new IllegalArgumentException("a region prefix is up to 6 digits: " + regionPrefix);
        }
        // a few thousand schools per province: one scan, answered in id order
        Query query = Query.query(Criteria.where("countyCode").regex("^" + regionPrefix)).with(Sort.by("_id"));
        return mongo.find(query, Document.class, PostingSchoolProjection.COLLECTION).map(MongoPostingSchools::postingSchool);
    }

    private static PostingSchool postingSchool(Document found) {
        return new PostingSchool(found.getString("_id"), found.getString("name"), found.getString("countyCode"),
                found.getString("kind"), found.getBoolean("rural", false));
    }
}
