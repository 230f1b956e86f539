package org.eduaid.teacher.teacher.persistence;

import java.util.Map;

import org.bson.Document;
import org.eduaid.teacher.teacher.application.QuotaRepository;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.stereotype.Repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class MongoQuotaRepository implements QuotaRepository {

    private final ReactiveMongoDatabaseFactory databases;

    MongoQuotaRepository(ReactiveMongoDatabaseFactory databases) {
        this.databases = databases;
    }

    @Override
    public Mono<Void> save(String countyCode, int year, int posted) {
        String id = countyCode + "~" + year;
        return collection().flatMap(quotas -> Mono.from(quotas.replaceOne(Filters.eq("_id", id),
                new Document("_id", id).append("countyCode", countyCode).append("year", year).append("posted", posted),
                new ReplaceOptions().upsert(true)))).then();
    }

    @Override
    public Mono<Map<String, Integer>> ofYear(String regionPrefix, int year) {
        return collection().flatMapMany(quotas -> Flux.from(quotas.find(Filters.eq("year", year))))
                .filter(quota -> quota.getString("countyCode").startsWith(regionPrefix))
                .collectMap(quota -> quota.getString("countyCode"), quota -> quota.getInteger("posted"));
    }

    private Mono<MongoCollection<Document>> collection() {
        return databases.getMongoDatabase().map(database -> database.getCollection("special_post_quotas"));
    }
}
