package org.eduaid.kit.audit;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The service's audit log, in its own database: insert and read only. The application has no code
 * path that updates or deletes an entry; in production the service's database user should be
 * granted only insert and find on this collection (see the README), so not even a compromised
 * service can rewrite its history.
 */
public final class AuditLog {

    static final String COLLECTION = "audit_log";

    private final ReactiveMongoDatabaseFactory databases;

    public AuditLog(ReactiveMongoDatabaseFactory databases) {
        this.databases = databases;
    }

    public Mono<Void> append(AuditEntry entry) {
        return collection().flatMap(audit -> Mono.from(audit.insertOne(toDocument(entry)))).then();
    }

    /** Newest first. */
    public Flux<AuditEntry> find(AuditQuery query) {
        return collection().flatMapMany(audit -> Flux.from(audit.find(filterFor(query))
                        .sort(Sorts.descending("at"))
                        .skip(query.page() * query.size())
                        .limit(query.size())))
                .map(AuditLog::fromDocument);
    }

    Mono<Void> createIndexes() {
        return collection().flatMap(audit -> Mono.from(audit.createIndex(Indexes.descending("at")))).then();
    }

    private Mono<MongoCollection<Document>> collection() {
        return databases.getMongoDatabase().map(database -> database.getCollection(COLLECTION));
    }

    private static Bson filterFor(AuditQuery query) {
        List<Bson> filters = new ArrayList<>();
        query.regionScope().filter(prefix -> !prefix.isEmpty())
                .ifPresent(prefix -> filters.add(Filters.regex("region", "^" + Pattern.quote(prefix))));
        query.actor().ifPresent(actor -> filters.add(Filters.eq("actor", actor)));
        query.action().ifPresent(action -> filters.add(Filters.eq("action", action)));
        query.record().ifPresent(record -> filters.add(Filters.eq("records", record)));
        query.from().ifPresent(from -> filters.add(Filters.gte("at", Date.from(from))));
        query.to().ifPresent(to -> filters.add(Filters.lt("at", Date.from(to))));
        return filters.isEmpty() ? new Document() : Filters.and(filters);
    }

    private static Document toDocument(AuditEntry entry) {
        return new Document("_id", entry.id())
                .append("at", Date.from(entry.at()))
                .append("actor", entry.actor())
                .append("role", entry.role())
                .append("region", entry.region())
                .append("action", entry.action())
                .append("records", entry.records())
                .append("method", entry.method())
                .append("path", entry.path())
                .append("status", entry.status())
                .append("outcome", entry.outcome().name())
                .append("sourceAddress", entry.sourceAddress())
                .append("forwardedFor", entry.forwardedFor())
                .append("correlationId", entry.correlationId());
    }

    private static AuditEntry fromDocument(Document document) {
        return new AuditEntry(document.getString("_id"), document.getDate("at").toInstant(),
                document.getString("actor"), document.getString("role"), document.getString("region"),
                document.getString("action"), document.getList("records", String.class, List.of()),
                document.getString("method"), document.getString("path"), document.getInteger("status", 0),
                AuditOutcome.valueOf(document.getString("outcome")), document.getString("sourceAddress"),
                document.getString("forwardedFor"), document.getString("correlationId"));
    }
}
