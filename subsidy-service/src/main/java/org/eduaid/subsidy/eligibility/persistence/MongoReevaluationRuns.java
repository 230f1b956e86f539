package org.eduaid.subsidy.eligibility.persistence;

import java.util.Date;

import org.bson.Document;
import org.eduaid.subsidy.eligibility.application.ReevaluationRun;
import org.eduaid.subsidy.eligibility.application.ReevaluationRuns;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.stereotype.Repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;

import reactor.core.publisher.Mono;

/** {@code eligibility_runs}: one small document per re-evaluation run, replaced as it progresses. */
@Repository
class MongoReevaluationRuns implements ReevaluationRuns {

    static final String COLLECTION = "eligibility_runs";

    private final ReactiveMongoDatabaseFactory databases;

    MongoReevaluationRuns(ReactiveMongoDatabaseFactory databases) {
        this.databases = databases;
    }

    @Override
    public Mono<Void> save(ReevaluationRun run) {
        Document document = new Document("_id", run.id()).append("reason", run.reason()).append("state", run.state())
                .append("passes", run.passes()).append("total", run.total()).append("processed", run.processed())
                .append("changed", run.changed()).append("startedAt", Date.from(run.startedAt()))
                .append("finishedAt", run.finishedAt() == null ? null : Date.from(run.finishedAt()))
                .append("failure", run.failure());
        return databases.getMongoDatabase().flatMap(db -> Mono.from(db.getCollection(COLLECTION)
                .replaceOne(Filters.eq("_id", run.id()), document, new ReplaceOptions().upsert(true)))).then();
    }

    @Override
    public Mono<ReevaluationRun> find(String id) {
        return databases.getMongoDatabase()
                .flatMap(db -> Mono.from(db.getCollection(COLLECTION).find(Filters.eq("_id", id)).first()))
                .map(d -> new ReevaluationRun(d.getString("_id"), d.getString("reason"), d.getString("state"),
                        d.getInteger("passes", 0), ((Number) d.get("total")).longValue(),
                        ((Number) d.get("processed")).longValue(), ((Number) d.get("changed")).longValue(),
                        d.getDate("startedAt").toInstant(),
                        d.getDate("finishedAt") == null ? null : d.getDate("finishedAt").toInstant(),
                        d.getString("failure")));
    }
}
