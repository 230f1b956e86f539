package org.eduaid.enrollment.importing.persistence;

import java.util.List;

import org.bson.Document;
import org.eduaid.enrollment.importing.application.ImportErrors;
import org.eduaid.enrollment.importing.domain.RowError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.stereotype.Repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Rejected rows in {@code import_rows}: import id, row, field, reason; nothing of the row's data. */
@Repository
class MongoImportErrors implements ImportErrors {

    private static final Logger log = LoggerFactory.getLogger(MongoImportErrors.class);
    private static final String COLLECTION = "import_rows";

    private final ReactiveMongoDatabaseFactory databases;

    MongoImportErrors(ReactiveMongoDatabaseFactory databases) {
        this.databases = databases;
        collection().flatMap(rows -> Mono.from(rows.createIndex(Indexes.compoundIndex(Indexes.ascending("importId"),
                        Indexes.ascending("row")))))
                .subscribe(ok -> { }, e -> log.warn("could not create the index of {}", COLLECTION, e));
    }

    @Override
    public Mono<Void> addAll(String importId, List<RowError> errors) {
        if (errors.isEmpty()) {
            return Mono.empty();
        }
        List<Document> documents = errors.stream().map(error -> new Document("importId", importId)
                .append("row", error.row()).append("field", error.field()).append("reason", error.reason())).toList();
        return collection().flatMap(rows -> Mono.from(rows.insertMany(documents, new InsertManyOptions().ordered(false))))
                .then();
    }

    @Override
    public Flux<RowError> of(String importId) {
        return collection().flatMapMany(rows -> Flux.from(rows.find(Filters.eq("importId", importId))
                        .sort(Sorts.ascending("row")).batchSize(1000)))
                .map(d -> new RowError(((Number) d.get("row")).longValue(), d.getString("field"), d.getString("reason")));
    }

    private Mono<MongoCollection<Document>> collection() {
        return databases.getMongoDatabase().map(database -> database.getCollection(COLLECTION));
    }
}
