package org.eduaid.kit.web.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.function.Supplier;

import org.bson.Document;
import org.eduaid.kit.events.EventJson;
import org.eduaid.kit.web.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Mono;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link IdempotentCommands} on the service's own database, collection {@value #COLLECTION}. A key
 * is claimed by inserting its document ({@code _id} = hash of command, caller and key, so the unique
 * {@code _id} index decides between two concurrent requests: one inserts and runs, the other finds
 * the claim). The claim holds a hash of the request body, the state IN_PROGRESS or DONE and, once
 * done, the result as JSON, which a retry gets back. A failed run deletes its claim. The key's
 * value and the caller are kept only inside the hash.
 */
public final class MongoIdempotentCommands implements IdempotentCommands {

    public static final String COLLECTION = "_idempotency_keys";
    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String DONE = "DONE";

    private static final Logger log = LoggerFactory.getLogger(MongoIdempotentCommands.class);
    private static final int MAX_ROUNDS = 3;

    private final ReactiveMongoDatabaseFactory databases;
    private final EventJson json;
    private final Clock clock;
    private final IdempotencyProperties properties;
    // field order and map order fixed, so one request hashes the same whichever map the client sent
    private final JsonMapper canonical = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    public MongoIdempotentCommands(ReactiveMongoDatabaseFactory databases, EventJson json, Clock clock,
            IdempotencyProperties properties) {
        this.databases = databases;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public <T> Mono<T> once(IdempotencyKey key, Object request, Class<T> resultType, Supplier<Mono<T>> command) {
        return Mono.defer(() -> {
            String id = idOf(key);
            String requestHash = hashOf(request);
            return collection().flatMap(keys -> attempt(keys, id, key.command(), requestHash, resultType, command, 1));
        });
    }

    /** Deletes the keys older than the retention; answers how many. */
    public Mono<Long> deleteExpired() {
        Date before = Date.from(clock.instant().minus(properties.retention()));
        return collection().flatMap(keys -> Mono.from(keys.deleteMany(Filters.lt("createdAt", before))))
                .map(result -> result.getDeletedCount());
    }

    private <T> Mono<T> attempt(MongoCollection<Document> keys, String id, String commandName, String requestHash,
            Class<T> resultType, Supplier<Mono<T>> command, int round) {
        Date now = Date.from(clock.instant());
        Document claim = new Document("_id", id)
                .append("command", commandName)
                .append("requestHash", requestHash)
                .append("status", IN_PROGRESS)
                .append("createdAt", now)
                .append("startedAt", now);
        return Mono.from(keys.insertOne(claim))
                .map(inserted -> true)
                .onErrorResume(MongoWriteException.class, e -> e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY
                        ? Mono.just(false) : Mono.error(e))
                .flatMap(claimed -> claimed ? run(keys, id, now, resultType, command)
                        : Mono.from(keys.find(Filters.eq("_id", id)).first())
                                .map(existing -> new Existing(existing))
                                .defaultIfEmpty(Existing.GONE)
                                .flatMap(existing -> answer(keys, id, commandName, requestHash, resultType, command,
                                        round, existing)));
    }

    private <T> Mono<T> answer(MongoCollection<Document> keys, String id, String commandName, String requestHash,
            Class<T> resultType, Supplier<Mono<T>> command, int round, Existing existing) {
        if (existing.document() == null) {
            // the first run failed and freed the key between our insert and our read: claim it again
            return again(keys, id, commandName, requestHash, resultType, command, round);
        }
        Document found = existing.document();
        if (!requestHash.equals(found.getString("requestHash"))) {
            return Mono.error(new IdempotencyKeyReusedException());
        }
        if (DONE.equals(found.getString("status"))) {
            String result = found.getString("result");
            return result == null ? Mono.empty()
                    : Mono.fromCallable(() -> json.read(result.getBytes(StandardCharsets.UTF_8), resultType));
        }
        Date startedAt = found.getDate("startedAt");
        Instant now = clock.instant();
        if (startedAt != null && startedAt.toInstant().plus(properties.staleAfter()).isBefore(now)) {
            Date restarted = Date.from(now);
            return Mono.from(keys.updateOne(
                            Filters.and(Filters.eq("_id", id), Filters.eq("status", IN_PROGRESS),
                                    Filters.eq("startedAt", startedAt)),
                            Updates.set("startedAt", restarted)))
                    .flatMap(taken -> {
                        if (taken.getModifiedCount() == 1) {
                            log.warn("Taking over the stale run of an Idempotency-Key of {}", commandName);
                            return run(keys, id, restarted, resultType, command);
                        }
                        return again(keys, id, commandName, requestHash, resultType, command, round);
                    });
        }
        return Mono.error(new ConflictException(
                "A request with this Idempotency-Key is still being processed; retry it in a moment."));
    }

    private <T> Mono<T> again(MongoCollection<Document> keys, String id, String commandName, String requestHash,
            Class<T> resultType, Supplier<Mono<T>> command, int round) {
        if (round >= MAX_ROUNDS) {
            return Mono.error(new ConflictException(
                    "A request with this Idempotency-Key is still being processed; retry it in a moment."));
        }
        return attempt(keys, id, commandName, requestHash, resultType, command, round + 1);
    }

    private <T> Mono<T> run(MongoCollection<Document> keys, String id, Date startedAt, Class<T> resultType,
            Supplier<Mono<T>> command) {
        Mono<T> outcome = Mono.defer(command)
                .onErrorResume(failure -> release(keys, id, startedAt)
                        .onErrorResume(releaseFailure -> {
                            log.warn("Could not free an Idempotency-Key after its command failed", releaseFailure);
                            return Mono.empty();
                        })
                        .then(Mono.error(failure)));
        return outcome
                .flatMap(result -> finish(keys, id, startedAt, json.write(result)).thenReturn(result))
                .switchIfEmpty(Mono.defer(() -> finish(keys, id, startedAt, null).then(Mono.<T>empty())))
                // a client gone mid-run: free the key, so its retry is not told to wait until the run goes stale
                .doOnCancel(() -> release(keys, id, startedAt).subscribe(null,
                        failure -> log.warn("Could not free an Idempotency-Key of a cancelled command", failure)));
    }

    private Mono<Void> finish(MongoCollection<Document> keys, String id, Date startedAt, byte[] result) {
        return Mono.from(keys.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("startedAt", startedAt)),
                        Updates.combine(Updates.set("status", DONE),
                                Updates.set("result", result == null ? null : new String(result, StandardCharsets.UTF_8)),
                                Updates.set("finishedAt", Date.from(clock.instant())))))
                .then();
    }

    private Mono<Void> release(MongoCollection<Document> keys, String id, Date startedAt) {
        return Mono.from(keys.deleteOne(Filters.and(Filters.eq("_id", id), Filters.eq("status", IN_PROGRESS),
                Filters.eq("startedAt", startedAt)))).then();
    }

    private Mono<MongoCollection<Document>> collection() {
        return databases.getMongoDatabase().map(database -> database.getCollection(COLLECTION));
    }

    static String idOf(IdempotencyKey key) {
        return sha256(key.command() + '\u0000' + key.principal() + '\u0000' + key.value());
    }

    String hashOf(Object request) {
        return sha256(new String(canonical.writeValueAsBytes(request), StandardCharsets.UTF_8));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** The claim found for a key, or none when it vanished meanwhile. */
    private record Existing(Document document) {
        static final Existing GONE = new Existing(null);
    }
}
