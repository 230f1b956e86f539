package org.eduaid.kit.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.TreeSet;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Mono;

/**
 * Time-limited leases on the relay partitions, so that with several replicas running each
 * partition has one active relay. A replica keeps publishing a partition only while its lease is
 * safely inside its expiry; one that stalls past it may overlap with its successor for a moment,
 * and the duplicates that causes are absorbed by idempotent consumers.
 */
final class OutboxLeases {

    private static final Logger log = LoggerFactory.getLogger(OutboxLeases.class);

    private final MongoCollection<Document> leases;
    private final String owner;
    private final int partitions;
    private final Duration ttl;
    private final Clock clock;

    private Set<Integer> held = Set.of();
    private Instant heldUntil = Instant.EPOCH;
    private Instant nextRenewal = Instant.EPOCH;

    OutboxLeases(MongoCollection<Document> leases, String owner, int partitions, Duration ttl, Clock clock) {
        this.leases = leases;
        this.owner = owner;
        this.partitions = partitions;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** The partitions this replica may publish now, renewing and claiming leases when due. */
    Set<Integer> current() {
        Instant now = clock.instant();
        if (now.isBefore(nextRenewal)) {
            return now.isBefore(heldUntil) ? held : Set.of();
        }
        Set<Integer> claimed = new TreeSet<>();
        Instant expiry = now.plus(ttl);
        for (int partition = 0; partition < partitions; partition++) {
            if (claim(partition, now, expiry)) {
                claimed.add(partition);
            }
        }
        if (!claimed.equals(held)) {
            log.info("Outbox relay {} now holds partitions {}", owner, claimed);
        }
        held = Set.copyOf(claimed);
        // stop trusting a lease well before it expires, so a slow publish cannot outlive it
        heldUntil = expiry.minus(ttl.dividedBy(3));
        nextRenewal = now.plus(ttl.dividedBy(3));
        return held;
    }

    void releaseAll() {
        if (held.isEmpty()) {
            return;
        }
        Mono.from(leases.updateMany(Filters.and(Filters.in("_id", held), Filters.eq("owner", owner)),
                Updates.set("expiresAt", Date.from(Instant.EPOCH)))).block(Duration.ofSeconds(5));
        held = Set.of();
        heldUntil = Instant.EPOCH;
        nextRenewal = Instant.EPOCH;
    }

    private boolean claim(int partition, Instant now, Instant expiry) {
        try {
            Document lease = Mono.from(leases.findOneAndUpdate(
                            Filters.and(Filters.eq("_id", partition),
                                    Filters.or(Filters.eq("owner", owner), Filters.lt("expiresAt", Date.from(now)))),
                            Updates.combine(Updates.set("owner", owner), Updates.set("expiresAt", Date.from(expiry))),
                            new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER)))
                    .block(Duration.ofSeconds(10));
            return lease != null && owner.equals(lease.getString("owner"));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        } catch (MongoCommandException e) {
            if (ErrorCategory.fromErrorCode(e.getErrorCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}
