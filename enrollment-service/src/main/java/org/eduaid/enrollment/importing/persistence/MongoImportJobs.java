package org.eduaid.enrollment.importing.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eduaid.enrollment.importing.application.ImportJobs;
import org.eduaid.enrollment.importing.domain.FileFormat;
import org.eduaid.enrollment.importing.domain.ImportJob;
import org.eduaid.enrollment.importing.domain.ImportKind;
import org.eduaid.enrollment.importing.domain.ImportStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.stereotype.Repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Import jobs in {@code imports}, one document each, keyed by import id; counts are added with {@code $inc}. */
@Repository
class MongoImportJobs implements ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(MongoImportJobs.class);
    private static final String COLLECTION = "imports";
    private static final List<String> UNFINISHED = List.of(ImportStatus.RECEIVED.name(), ImportStatus.RUNNING.name());

    private final ReactiveMongoDatabaseFactory databases;

    MongoImportJobs(ReactiveMongoDatabaseFactory databases) {
        this.databases = databases;
        collection().flatMap(imports -> Mono.from(imports.createIndex(Indexes.compoundIndex(Indexes.ascending("countyCode"),
                        Indexes.descending("receivedAt"))))
                .then(Mono.from(imports.createIndex(Indexes.ascending("status")))))
                .subscribe(ok -> { }, e -> log.warn("could not create the indexes of {}", COLLECTION, e));
    }

    @Override
    public Mono<Void> add(ImportJob job) {
        return collection().flatMap(imports -> Mono.from(imports.insertOne(toDocument(job)))).then();
    }

    @Override
    public Mono<ImportJob> find(String id) {
        return collection().flatMap(imports -> Mono.from(imports.find(Filters.eq("_id", id)).first()))
                .map(MongoImportJobs::fromDocument);
    }

    @Override
    public Flux<ImportJob> list(String countyCode, String schoolCode, int page, int size) {
        return collection().flatMapMany(imports -> Flux.from(imports.find(filter(countyCode, schoolCode))
                        .sort(Sorts.descending("receivedAt")).skip(page * size).limit(size)))
                .map(MongoImportJobs::fromDocument);
    }

    @Override
    public Mono<Long> count(String countyCode, String schoolCode) {
        return collection().flatMap(imports -> Mono.from(imports.countDocuments(filter(countyCode, schoolCode))));
    }

    @Override
    public Mono<Void> started(String id, Instant at) {
        return update(Filters.eq("_id", id), Updates.combine(Updates.set("status", ImportStatus.RUNNING.name()),
                Updates.set("startedAt", Date.from(at)), Updates.set("heartbeatAt", Date.from(at))));
    }

    @Override
    public Mono<Void> progressed(String id, Counts counts, long bytesRead, Instant at) {
        return update(Filters.eq("_id", id), Updates.combine(Updates.inc("rows", counts.rows()),
                Updates.inc("created", counts.created()), Updates.inc("updated", counts.updated()),
                Updates.inc("unchanged", counts.unchanged()), Updates.inc("rejected", counts.rejected()),
                Updates.max("bytesRead", bytesRead), Updates.set("heartbeatAt", Date.from(at))));
    }

    @Override
    public Mono<Void> finished(String id, ImportStatus status, String failure, Instant at) {
        return update(Filters.and(Filters.eq("_id", id), Filters.in("status", UNFINISHED)),
                Updates.combine(Updates.set("status", status.name()), Updates.set("finishedAt", Date.from(at)),
                        Updates.set("failure", failure)));
    }

    @Override
    public Mono<Void> heartbeat(Collection<String> ids, Instant at) {
        return collection().flatMap(imports -> Mono.from(imports.updateMany(
                Filters.and(Filters.in("_id", ids), Filters.in("status", UNFINISHED)),
                Updates.set("heartbeatAt", Date.from(at))))).then();
    }

    @Override
    public Mono<List<String>> failAbandoned(Instant staleBefore, String failure, Instant at) {
        Bson abandoned = Filters.and(Filters.in("status", UNFINISHED), Filters.lt("heartbeatAt", Date.from(staleBefore)));
        return collection().flatMap(imports -> Flux.from(imports.find(abandoned).projection(Projections.include("_id")))
                .map(document -> document.getString("_id"))
                .collectList()
                .flatMap(ids -> ids.isEmpty() ? Mono.just(ids)
                        : Mono.from(imports.updateMany(Filters.and(abandoned, Filters.in("_id", ids)),
                                Updates.combine(Updates.set("status", ImportStatus.FAILED.name()),
                                        Updates.set("finishedAt", Date.from(at)), Updates.set("failure", failure))))
                                .thenReturn(ids)));
    }

    private Mono<Void> update(Bson filter, Bson update) {
        return collection().flatMap(imports -> Mono.from(imports.updateOne(filter, update))).then();
    }

    private static Bson filter(String countyCode, String schoolCode) {
        List<Bson> filters = new ArrayList<>();
        filters.add(Filters.eq("countyCode", countyCode));
        if (schoolCode != null) {
            filters.add(Filters.eq("schoolCode", schoolCode));
        }
        return Filters.and(filters);
    }

    private Mono<MongoCollection<Document>> collection() {
        return databases.getMongoDatabase().map(database -> database.getCollection(COLLECTION));
    }

    private static Document toDocument(ImportJob job) {
        return new Document("_id", job.id())
                .append("kind", job.kind().name())
                .append("format", job.format().name())
                .append("countyCode", job.countyCode())
                .append("schoolCode", job.schoolCode())
                .append("status", job.status().name())
                .append("encoding", job.encoding())
                .append("fileBytes", job.fileBytes())
                .append("bytesRead", job.bytesRead())
                .append("rows", job.rows())
                .append("created", job.created())
                .append("updated", job.updated())
                .append("unchanged", job.unchanged())
                .append("rejected", job.rejected())
                .append("submittedBy", job.submittedBy())
                .append("receivedAt", Date.from(job.receivedAt()))
                .append("heartbeatAt", Date.from(job.receivedAt()));
    }

    private static ImportJob fromDocument(Document d) {
        return new ImportJob(d.getString("_id"), ImportKind.valueOf(d.getString("kind")),
                FileFormat.valueOf(d.getString("format")), d.getString("countyCode"), d.getString("schoolCode"),
                ImportStatus.valueOf(d.getString("status")), d.getString("encoding"), number(d, "fileBytes"),
                number(d, "bytesRead"), number(d, "rows"), number(d, "created"), number(d, "updated"),
                number(d, "unchanged"), number(d, "rejected"), d.getString("submittedBy"), instant(d, "receivedAt"),
                instant(d, "startedAt"), instant(d, "finishedAt"), d.getString("failure"));
    }

    private static long number(Document d, String field) {
        Object value = d.get(field);
        return value instanceof Number n ? n.longValue() : 0;
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
