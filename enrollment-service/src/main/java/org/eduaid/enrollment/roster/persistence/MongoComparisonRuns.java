package org.eduaid.enrollment.roster.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;

import org.bson.Document;
import org.eduaid.enrollment.roster.application.ComparisonCounts;
import org.eduaid.enrollment.roster.application.ComparisonRun;
import org.eduaid.enrollment.roster.application.ComparisonRuns;
import org.eduaid.enrollment.roster.application.Suspicion;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.stereotype.Repository;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Mono;

/**
 * Comparison runs in {@code roster_comparisons}; per-county leases in {@code roster_comparison_leases}
 * ({@code _id} = county code, holder = run id, expiresAt). Taking a lease is an insert (nobody holds
 * it) or an update matched on an expired {@code expiresAt} (the holder died): either wins for one
 * replica only, without transactions.
 */
@Repository
class MongoComparisonRuns implements ComparisonRuns {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final MongoCollection<Document> runs;
    private final MongoCollection<Document> leases;

    MongoComparisonRuns(ReactiveMongoDatabaseFactory databases) {
        var database = databases.getMongoDatabase().block(TIMEOUT);
        this.runs = database.getCollection("roster_comparisons");
        this.leases = database.getCollection("roster_comparison_leases");
    }

    @Override
    public Mono<Void> save(ComparisonRun run) {
        return Mono.from(runs.replaceOne(Filters.eq("_id", run.id()), toDocument(run), new ReplaceOptions().upsert(true)))
                .then();
    }

    @Override
    public Mono<ComparisonRun> find(String id) {
        return Mono.from(runs.find(Filters.eq("_id", id)).first()).map(MongoComparisonRuns::fromDocument);
    }

    @Override
    public Mono<Boolean> acquire(String countyCode, String holder, Duration ttl, Instant now) {
        Document lease = new Document("_id", countyCode).append("holder", holder)
                .append("expiresAt", Date.from(now.plus(ttl)));
        return Mono.from(leases.insertOne(lease)).thenReturn(true)
                .onErrorResume(MongoWriteException.class, e -> e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY
                        ? Mono.error(e)
                        : Mono.from(leases.updateOne(
                                        Filters.and(Filters.eq("_id", countyCode), Filters.lt("expiresAt", Date.from(now))),
                                        Updates.combine(Updates.set("holder", holder),
                                                Updates.set("expiresAt", Date.from(now.plus(ttl))))))
                                .map(result -> result.getModifiedCount() == 1));
    }

    @Override
    public Mono<Boolean> renew(String countyCode, String holder, Duration ttl, Instant now) {
        return Mono.from(leases.updateOne(Filters.and(Filters.eq("_id", countyCode), Filters.eq("holder", holder)),
                        Updates.set("expiresAt", Date.from(now.plus(ttl)))))
                .map(result -> result.getMatchedCount() == 1);
    }

    @Override
    public Mono<Void> release(String countyCode, String holder) {
        return Mono.from(leases.deleteOne(Filters.and(Filters.eq("_id", countyCode), Filters.eq("holder", holder))))
                .then();
    }

    private static Document toDocument(ComparisonRun run) {
        Document byReason = new Document();
        run.counts().suspectedByReason().forEach((reason, count) -> byReason.append(reason.name(), count));
        return new Document("_id", run.id())
                .append("countyCode", run.countyCode())
                .append("status", run.status().name())
                .append("trigger", run.trigger())
                .append("requestedBy", run.requestedBy())
                .append("referenceDate", run.referenceDate().toString())
                .append("startedAt", Date.from(run.startedAt()))
                .append("finishedAt", run.finishedAt() == null ? null : Date.from(run.finishedAt()))
                .append("examined", run.counts().examined())
                .append("suspectedByReason", byReason)
                .append("casesOpened", run.counts().casesOpened())
                .append("failure", run.failure());
    }

    private static ComparisonRun fromDocument(Document document) {
        Map<Suspicion.Reason, Long> byReason = new EnumMap<>(Suspicion.Reason.class);
        Document stored = document.get("suspectedByReason", Document.class);
        if (stored != null) {
            stored.forEach((reason, count) -> byReason.put(Suspicion.Reason.valueOf(reason), ((Number) count).longValue()));
        }
        Date finished = document.getDate("finishedAt");
        return new ComparisonRun(document.getString("_id"), document.getString("countyCode"),
                ComparisonRun.Status.valueOf(document.getString("status")), document.getString("trigger"),
                document.getString("requestedBy"), LocalDate.parse(document.getString("referenceDate")),
                document.getDate("startedAt").toInstant(), finished == null ? null : finished.toInstant(),
                new ComparisonCounts(((Number) document.get("examined")).longValue(), byReason,
                        ((Number) document.get("casesOpened")).longValue()),
                document.getString("failure"));
    }
}
