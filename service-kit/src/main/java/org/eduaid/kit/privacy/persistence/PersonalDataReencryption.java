package org.eduaid.kit.privacy.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import org.bson.Document;
import org.eduaid.kit.privacy.FieldCipher;
import org.eduaid.kit.privacy.FieldDecryptionException;
import org.eduaid.kit.privacy.FieldPurpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Moves the stored values of a collection's encrypted fields onto the active key after a key
 * rotation, so the old key can then be removed from {@code EDUAID_PRIVACY_KEYS}.
 *
 * <p>It reads the collection once per pass and rewrites, in unordered bulk writes of a batch each,
 * only the values under another key. Every write is one field of one document, matched on its
 * {@code _id} and the exact ciphertext that was read: a value a service changed in between is left
 * alone (the service wrote it under the active key, or the next pass takes it). Passes repeat while
 * values were changed under it, up to {@value #MAX_PASSES}.
 *
 * <p>The embedded store uses an index only when it covers exactly the fields of an equality filter,
 * so each field gets a unique {@code {_id, field}} index for the duration of the run (on MongoDB
 * the {@code _id} index would do; the extra one is dropped at the end). Run it from one replica at
 * a time: a second concurrent run stays correct but does the work twice.
 */
public final class PersonalDataReencryption {

    static final int DEFAULT_BATCH_SIZE = 500;
    static final int MAX_PASSES = 5;
    private static final Logger log = LoggerFactory.getLogger(PersonalDataReencryption.class);

    private final ReactiveMongoDatabaseFactory databases;
    private final FieldCipher cipher;
    private final int batchSize;

    public PersonalDataReencryption(ReactiveMongoDatabaseFactory databases, FieldCipher cipher) {
        this(databases, cipher, DEFAULT_BATCH_SIZE);
    }

    public PersonalDataReencryption(ReactiveMongoDatabaseFactory databases, FieldCipher cipher, int batchSize) {
        this.databases = databases;
        this.cipher = cipher;
        this.batchSize = batchSize;
    }

    /**
     * Re-encrypts the given fields (names or dotted paths into embedded documents, as they were
     * encrypted with {@code FieldPurpose.of(collection, field)}) of every document of the collection.
     */
    public Mono<ReencryptionResult> reencrypt(String collection, Collection<String> fields) {
        List<FieldPurpose> purposes = new LinkedHashSet<>(fields).stream()
                .map(field -> FieldPurpose.of(collection, field)).toList();
        return databases.getMongoDatabase().map(database -> database.getCollection(collection))
                .flatMap(documents -> Flux.fromIterable(purposes)
                        .concatMap(purpose -> Mono.from(documents.createIndex(
                                new Document("_id", 1).append(purpose.field(), 1),
                                new IndexOptions().name(guardIndexName(purpose)).unique(true))))
                        .then(passes(documents, purposes, 1, null))
                        .flatMap(result -> Flux.fromIterable(purposes)
                                .concatMap(purpose -> Mono.from(documents.dropIndex(guardIndexName(purpose)))
                                        // another run may have dropped it already
                                        .onErrorResume(e -> Mono.empty()))
                                .then(Mono.just(result))));
    }

    private Mono<ReencryptionResult> passes(MongoCollection<Document> documents, List<FieldPurpose> purposes,
            int pass, ReencryptionResult before) {
        return pass(documents, purposes).flatMap(result -> {
            ReencryptionResult total = before == null ? ReencryptionResult.first(result) : before.then(result);
            return result.conflicts() > 0 && pass < MAX_PASSES ? passes(documents, purposes, pass + 1, total)
                    : Mono.just(total);
        });
    }

    private Mono<PassResult> pass(MongoCollection<Document> documents, List<FieldPurpose> purposes) {
        return Flux.from(documents.find()
                        .projection(Projections.include(purposes.stream().map(FieldPurpose::field).toList()))
                        .batchSize(batchSize))
                .buffer(batchSize)
                .concatMap(batch -> reencryptBatch(documents, purposes, batch))
                .reduce(PassResult.NONE, PassResult::plus);
    }

    /** Rewrites the values of one batch of documents as read; values changed since are not touched. */
    Mono<PassResult> reencryptBatch(MongoCollection<Document> documents, List<FieldPurpose> purposes,
            List<Document> batch) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        long undecryptable = 0;
        for (Document document : batch) {
            for (FieldPurpose purpose : purposes) {
                Object value = valueAt(document, purpose.field());
                if (!(value instanceof String stored) || !FieldCipher.isEncrypted(stored)
                        || !cipher.needsReencryption(stored)) {
                    continue;
                }
                String replacement;
                try {
                    replacement = cipher.reencrypt(stored, purpose);
                } catch (FieldDecryptionException e) {
                    undecryptable++;
                    log.warn("{} of document {} is left as it is: {}", purpose.label(), document.get("_id"),
                            e.getMessage());
                    continue;
                }
                writes.add(new UpdateOneModel<>(new Document("_id", document.get("_id")).append(purpose.field(), stored),
                        Updates.set(purpose.field(), replacement)));
            }
        }
        long failed = undecryptable;
        if (writes.isEmpty()) {
            return Mono.just(new PassResult(batch.size(), 0, 0, failed));
        }
        return Mono.from(documents.bulkWrite(writes, new BulkWriteOptions().ordered(false)))
                .map(result -> new PassResult(batch.size(), result.getMatchedCount(),
                        writes.size() - result.getMatchedCount(), failed));
    }

    private static Object valueAt(Document document, String path) {
        Object current = document;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Document embedded)) {
                return null;
            }
            current = embedded.get(part);
        }
        return current;
    }

    private static String guardIndexName(FieldPurpose purpose) {
        return "_id_" + purpose.field() + "_reencryption";
    }

    /** What one pass over the collection did. */
    record PassResult(long documents, long reencrypted, long conflicts, long undecryptable) {

        static final PassResult NONE = new PassResult(0, 0, 0, 0);

        PassResult plus(PassResult other) {
            return new PassResult(documents + other.documents, reencrypted + other.reencrypted,
                    conflicts + other.conflicts, undecryptable + other.undecryptable);
        }
    }
}
