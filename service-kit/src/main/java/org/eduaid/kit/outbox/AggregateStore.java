package org.eduaid.kit.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Function;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.eduaid.kit.events.EventEnveloper;
import org.eduaid.kit.events.OutboundEvent;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.persistence.ByIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Mono;

/**
 * Stores one collection's aggregates together with the events each change raised, in a single
 * document write, and versions them for optimistic concurrency. The {@link OutboxRelay} publishes
 * the events afterwards; nothing here talks to Kafka.
 */
public final class AggregateStore {

    private static final Logger log = LoggerFactory.getLogger(AggregateStore.class);

    private final String collectionName;
    private final MongoCollection<Document> collection;
    private final EventEnveloper enveloper;
    private final OutboxPartitioning partitioning;
    private final OutboxSignal signal;
    private final Clock clock;

    public AggregateStore(String collectionName, MongoCollection<Document> collection, EventEnveloper enveloper,
            OutboxPartitioning partitioning, OutboxSignal signal, Clock clock) {
        this.collectionName = collectionName;
        this.collection = collection;
        this.enveloper = enveloper;
        this.partitioning = partitioning;
        this.signal = signal;
        this.clock = clock;
    }

    public String collectionName() {
        return collectionName;
    }

    MongoCollection<Document> collection() {
        return collection;
    }

    /** A new aggregate and the events that created it; fails with {@link AggregateAlreadyExistsException}. */
    public Mono<Long> insert(String aggregateId, Document state, List<?> events, TraceContext trace) {
        NewAggregate aggregate = new NewAggregate(aggregateId, state, events);
        return Mono.from(collection.insertOne(newDocument(aggregate, trace)))
                .onErrorMap(MongoWriteException.class,
                        e -> e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY
                                ? new AggregateAlreadyExistsException(collectionName, aggregateId)
                                : e)
                .doOnSuccess(ignored -> signal.fire(collectionName, List.of(aggregateId)))
                .thenReturn((long) events.size());
    }

    /**
     * Many new aggregates in one unordered bulk write (imports): the ids that already existed are
     * returned, everything else is stored with its events.
     */
    public Mono<List<String>> insertAll(List<NewAggregate> aggregates, TraceContext trace) {
        return insertAll(aggregates, aggregate -> trace);
    }

    /**
     * The same, each aggregate's events tied to its own request ({@code traceOf}): for a consumer
     * that stores what a batch of records from many requests created.
     */
    public Mono<List<String>> insertAll(List<NewAggregate> aggregates, Function<NewAggregate, TraceContext> traceOf) {
        if (aggregates.isEmpty()) {
            return Mono.just(List.of());
        }
        List<Document> documents = aggregates.stream()
                .map(aggregate -> newDocument(aggregate, traceOf.apply(aggregate))).toList();
        return Mono.from(collection.insertMany(documents, new InsertManyOptions().ordered(false)))
                .map(result -> List.<String>of())
                .onErrorResume(MongoBulkWriteException.class, e -> Mono.just(existingIds(e, aggregates)))
                .doOnSuccess(existing -> signal.fire(collectionName,
                        aggregates.stream().map(NewAggregate::id).filter(id -> !existing.contains(id)).toList()));
    }

    /**
     * Applies a change to an aggregate last read at {@code expectedVersion}: the new state's fields
     * are set and the events appended to its pending events, only if nobody changed it meanwhile.
     *
     * <p>The version is both the concurrency token and the base of the events' {@code ce_sequence}.
     * A change that raises no event still moves it on by one, so two writers that read the same
     * version can never both win; the aggregate's sequence then skips a number, which readers accept
     * since they only ever compare sequences.
     *
     * @return the new version
     */
    public Mono<Long> update(String aggregateId, long expectedVersion, Document state, List<?> events,
            TraceContext trace) {
        long newVersion = newVersion(expectedVersion, events);
        List<Bson> updates = changeOf(aggregateId, expectedVersion, state, events, trace);
        return Mono.from(collection.updateOne(OutboxFields.atVersion(aggregateId, expectedVersion), Updates.combine(updates)))
                .flatMap(result -> result.getMatchedCount() == 1
                        ? Mono.just(newVersion)
                        : Mono.error(new StaleAggregateException(collectionName, aggregateId, expectedVersion)))
                .doOnSuccess(ignored -> {
                    if (!events.isEmpty()) {
                        signal.fire(collectionName, List.of(aggregateId));
                    }
                });
    }

    /**
     * Many changes, each as {@link #update} would make it, in one unordered bulk write: every change
     * whose aggregate is still at its expected version is stored with its events; the others are
     * reported stale and store nothing. The relay is signalled once, for the stored changes that
     * raised events.
     *
     * <p>A bulk result only counts the writes that matched, not which. So each write of one call also
     * sets {@code _bulkWrite} to a token of the call; when fewer matched than were sent, the token is
     * read back and the aggregates carrying it are the ones stored. An aggregate changed by another
     * bulk write between this write and that read no longer carries the token: it is reported stale
     * although it was stored (the caller re-reads it and finds its change), never the reverse. A
     * write error other than a stale version fails the call, and the other changes may be stored.
     *
     * @param changes at most one per aggregate id (else {@link IllegalArgumentException}): unordered
     *        writes could apply two changes of one aggregate in either order
     * @return the new version of each stored aggregate, and the stale ids in the order given
     */
    public Mono<UpdateOutcome> updateAll(List<ChangedAggregate> changes, TraceContext trace) {
        if (changes.isEmpty()) {
            return Mono.just(new UpdateOutcome(Map.of(), List.of()));
        }
        Set<String> ids = new HashSet<>();
        for (ChangedAggregate change : changes) {
            if (!ids.add(change.id())) {
                return Mono.error(new IllegalArgumentException(
                        collectionName + " " + change.id() + " is changed twice in one bulk update"));
            }
        }
        ObjectId token = new ObjectId();
        List<UpdateOneModel<Document>> writes = new ArrayList<>(changes.size());
        for (ChangedAggregate change : changes) {
            List<Bson> updates = changeOf(change.id(), change.expectedVersion(), change.state(), change.events(), trace);
            updates.add(Updates.set(OutboxFields.BULK_WRITE, token));
            writes.add(new UpdateOneModel<>(OutboxFields.atVersion(change.id(), change.expectedVersion()),
                    Updates.combine(updates)));
        }
        return Mono.from(collection.bulkWrite(writes, new BulkWriteOptions().ordered(false)))
                .flatMap(result -> result.getMatchedCount() == changes.size()
                        ? Mono.just(changes.stream().map(ChangedAggregate::id).collect(Collectors.toSet()))
                        : storedBy(token, ids, result.getMatchedCount()))
                .map(stored -> {
                    Map<String, Long> versions = new LinkedHashMap<>();
                    List<String> stale = new ArrayList<>();
                    for (ChangedAggregate change : changes) {
                        if (stored.contains(change.id())) {
                            versions.put(change.id(), newVersion(change.expectedVersion(), change.events()));
                        } else {
                            stale.add(change.id());
                        }
                    }
                    return new UpdateOutcome(versions, stale);
                })
                .doOnSuccess(outcome -> {
                    List<String> signalled = changes.stream()
                            .filter(change -> !change.events().isEmpty() && outcome.versions().containsKey(change.id()))
                            .map(ChangedAggregate::id).toList();
                    if (!signalled.isEmpty()) {
                        signal.fire(collectionName, signalled);
                    }
                });
    }

    /** The ids among {@code ids} whose last bulk write was the one of {@code token}. */
    private Mono<Set<String>> storedBy(ObjectId token, Set<String> ids, int matched) {
        // by _id alone, in the kit's slices: the embedded store serves that from its index
        return ByIds.find(collection, ids, new Document(OutboxFields.BULK_WRITE, 1))
                .filter(document -> token.equals(document.get(OutboxFields.BULK_WRITE)))
                .map(document -> document.getString(OutboxFields.ID))
                .collect(Collectors.toSet())
                .doOnNext(stored -> {
                    if (stored.size() < matched) {
                        log.info("{}: {} of {} stored changes were overwritten by another bulk write before they "
                                + "were read back; they are reported stale", collectionName, matched - stored.size(),
                                matched);
                    }
                });
    }

    private static long newVersion(long expectedVersion, List<?> events) {
        return expectedVersion + Math.max(1, events.size());
    }

    /** The update operators of one change: state, version, and the events appended to the pending ones. */
    private List<Bson> changeOf(String aggregateId, long expectedVersion, Document state, List<?> events,
            TraceContext trace) {
        List<OutboundEvent> enveloped = enveloper.envelope(aggregateId, expectedVersion, events, trace);
        List<Bson> updates = new ArrayList<>();
        state.forEach((field, value) -> {
            if (!OutboxFields.ID.equals(field)) {
                updates.add(Updates.set(field, value));
            }
        });
        updates.add(Updates.set(OutboxFields.VERSION, newVersion(expectedVersion, events)));
        if (!enveloped.isEmpty()) {
            updates.add(Updates.pushEach(OutboxFields.PENDING, OutboxFields.toDocuments(enveloped)));
            updates.add(Updates.min(OutboxFields.PENDING_SINCE, Date.from(clock.instant())));
            updates.add(Updates.set(OutboxFields.PARTITION, partitioning.partitionOf(aggregateId)));
        }
        return updates;
    }

    /** The stored state with its {@code _version}, without the pending events. */
    public Mono<Document> find(String aggregateId) {
        return Mono.from(collection.find(Filters.eq(OutboxFields.ID, aggregateId))
                        .projection(new Document(OutboxFields.PENDING, 0).append(OutboxFields.PENDING_SINCE, 0)
                                .append(OutboxFields.PARTITION, 0).append(OutboxFields.BULK_WRITE, 0))
                        .first());
    }

    public static long versionOf(Document stored) {
        return Optional.ofNullable((Number) stored.get(OutboxFields.VERSION)).map(Number::longValue).orElse(0L);
    }

    private Document newDocument(NewAggregate aggregate, TraceContext trace) {
        List<OutboundEvent> enveloped = enveloper.envelope(aggregate.id(), 0, aggregate.events(), trace);
        Document document = new Document(aggregate.state());
        document.put(OutboxFields.ID, aggregate.id());
        document.put(OutboxFields.VERSION, (long) enveloped.size());
        if (!enveloped.isEmpty()) {
            document.put(OutboxFields.PENDING, OutboxFields.toDocuments(enveloped));
            document.put(OutboxFields.PENDING_SINCE, Date.from(clock.instant()));
            document.put(OutboxFields.PARTITION, partitioning.partitionOf(aggregate.id()));
        }
        return document;
    }

    private static List<String> existingIds(MongoBulkWriteException e, List<NewAggregate> aggregates) {
        List<String> existing = new ArrayList<>();
        for (BulkWriteError error : e.getWriteErrors()) {
            if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            existing.add(aggregates.get(error.getIndex()).id());
        }
        return List.copyOf(existing);
    }

    /** An aggregate to create: its id, state and the events its creation raised. */
    public record NewAggregate(String id, Document state, List<?> events) {
    }

    /** A change to an aggregate last read at {@code expectedVersion}: its new state and the events it raised. */
    public record ChangedAggregate(String id, long expectedVersion, Document state, List<?> events) {
    }

    /**
     * What a bulk update did: the new version of each stored aggregate, by id, and the ids that were
     * stale (changed since read, or gone), which stored nothing.
     */
    public record UpdateOutcome(Map<String, Long> versions, List<String> stale) {

        public UpdateOutcome {
            versions = Collections.unmodifiableMap(new LinkedHashMap<>(versions));
            stale = List.copyOf(stale);
        }

        public boolean allStored() {
            return stale.isEmpty();
        }

        public boolean isStale(String aggregateId) {
            return !versions.containsKey(aggregateId);
        }
    }
}
