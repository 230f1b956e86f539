package org.eduaid.kit.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.eduaid.kit.persistence.ByIds;
import org.eduaid.kit.config.EventTopics;
import org.eduaid.kit.events.CloudEventRecords;
import org.eduaid.kit.events.OutboundEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Publishes the events waiting in aggregate documents to Kafka, then removes them from the
 * documents. At-least-once: a crash between the send and the removal sends them again, which
 * idempotent consumers absorb. While Kafka or MongoDB is down it backs off and tries again for as
 * long as it takes; there is no "failed" state in which an event could be dropped. The backlog and
 * the age of the oldest pending event are metrics, so a stuck relay is seen, not silent.
 *
 * <p>It finds pending events two ways: the aggregates this replica just wrote are looked up by id
 * (the store signals them), and a periodic sweep of the leased partitions finds everything else —
 * other replicas' writes, signals lost in a crash, partitions taken over. The lookup by id keeps a
 * busy relay off collection scans, which the embedded store cannot avoid for the sweep's query (it
 * keeps no index but unique ones). So that such scans never crowd out the writes they serve, a sweep
 * and a backlog count each wait at least {@value #SCAN_SPACING} times as long as they last took
 * before they run again: on MongoDB, where the partial index makes them cheap, that is the configured
 * interval; on the embedded store with a few hundred thousand aggregates, a few seconds more.
 */
public final class OutboxRelay implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration BACKLOG_REFRESH = Duration.ofSeconds(15);
    static final int SCAN_SPACING = 20;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Bson PENDING_FIELDS = Projections.include(OutboxFields.PENDING, OutboxFields.VERSION,
            OutboxFields.PARTITION, OutboxFields.PENDING_SINCE);

    private final Map<String, AggregateStore> stores = new LinkedHashMap<>();
    private final Map<String, Set<String>> signalled = new ConcurrentHashMap<>();
    private final OutboxLeases leases;
    private final Producer<String, byte[]> producer;
    private final EventTopics topics;
    private final OutboxProperties properties;
    private final Clock clock;
    private final Semaphore wakeUps = new Semaphore(0);
    private final Counter published;
    private final Counter failures;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();

    private volatile boolean running;
    private volatile boolean sweepNow = true;
    private Instant nextSweep = Instant.EPOCH;
    private Thread worker;
    private ScheduledExecutorService backlogWatch;

    OutboxRelay(List<AggregateStore> stores, OutboxLeases leases, Producer<String, byte[]> producer,
            EventTopics topics, OutboxProperties properties, Clock clock, MeterRegistry meters) {
        stores.forEach(store -> {
            this.stores.put(store.collectionName(), store);
            this.signalled.put(store.collectionName(), ConcurrentHashMap.newKeySet());
        });
        this.leases = leases;
        this.producer = producer;
        this.topics = topics;
        this.properties = properties;
        this.clock = clock;
        this.published = Counter.builder("eduaid.outbox.events.published")
                .description("Events the relay published to Kafka").register(meters);
        this.failures = Counter.builder("eduaid.outbox.publish.failures")
                .description("Relay rounds that failed and will be retried").register(meters);
        Gauge.builder("eduaid.outbox.backlog", backlog, AtomicLong::get)
                .description("Aggregates with events not yet published").register(meters);
        Gauge.builder("eduaid.outbox.oldest.pending.seconds", oldestPendingSeconds, AtomicLong::get)
                .description("Age of the oldest unpublished event").baseUnit("seconds").register(meters);
    }

    /** Called by the stores after a write: these aggregates have new events. */
    void signalled(String collection, Collection<String> aggregateIds) {
        Set<String> ids = signalled.get(collection);
        if (ids != null && !aggregateIds.isEmpty()) {
            ids.addAll(aggregateIds);
            wakeUp();
        }
    }

    /** Wakes an idle relay before its next poll. */
    public void wakeUp() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    @Override
    public void start() {
        running = true;
        sweepNow = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
        backlogWatch = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "outbox-backlog");
            thread.setDaemon(true);
            return thread;
        });
        backlogWatch.execute(this::refreshBacklog);
    }

    @Override
    public void stop() {
        running = false;
        wakeUp();
        if (backlogWatch != null) {
            backlogWatch.shutdownNow();
        }
        if (worker != null) {
            try {
                worker.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            leases.releaseAll();
        } catch (RuntimeException e) {
            log.warn("Could not release outbox leases; they expire by themselves", e);
        }
    }

    @Override
    public void destroy() {
        producer.close(Duration.ofSeconds(10));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // stop after the web server and bindings, so that events written by the last requests still go out
        return Integer.MAX_VALUE - 2048;
    }

    /** Rounds that failed so far (Kafka or MongoDB unavailable); each is retried. */
    public double publishFailures() {
        return failures.count();
    }

    private void run() {
        int consecutiveFailures = 0;
        while (running) {
            try {
                int sent = relayOnce();
                consecutiveFailures = 0;
                if (sent == 0 && nothingSignalled()) {
                    await(properties.idlePoll());
                }
            } catch (RuntimeException e) {
                consecutiveFailures++;
                failures.increment();
                // signals taken in the failed round are gone: the next round sweeps instead
                sweepNow = true;
                Duration backoff = backoff(consecutiveFailures);
                log.warn("Outbox relay round failed (attempt {}), retrying in {}: {}", consecutiveFailures, backoff,
                        e.toString());
                await(backoff);
            }
        }
    }

    /** One round over every collection: publish what is pending in the leased partitions. */
    int relayOnce() {
        topics.ensureCreated();
        Set<Integer> partitions = leases.current();
        if (partitions.isEmpty()) {
            // a standby replica: the owners of the partitions find these writes in their sweeps
            signalled.values().forEach(Set::clear);
            return 0;
        }
        Instant now = clock.instant();
        boolean sweep = sweepNow || !now.isBefore(nextSweep);
        long started = System.nanoTime();
        int sent = 0;
        for (AggregateStore store : stores.values()) {
            List<Document> pending = sweep ? sweep(store, partitions) : signalledPending(store, partitions);
            sent += publish(store, pending);
        }
        if (sweep) {
            sweepNow = false;
            nextSweep = now.plus(spaced(properties.sweepInterval(), Duration.ofNanos(System.nanoTime() - started)));
        }
        return sent;
    }

    private boolean nothingSignalled() {
        return !hasSignalledWork();
    }

    boolean hasSignalledWork() {
        return signalled.values().stream().anyMatch(ids -> !ids.isEmpty());
    }

    private List<Document> sweep(AggregateStore store, Set<Integer> partitions) {
        return Flux.from(store.collection()
                        .find(Filters.and(Filters.in(OutboxFields.PARTITION, partitions), Filters.exists(OutboxFields.PENDING_SINCE)))
                        .projection(PENDING_FIELDS)
                        .sort(Sorts.ascending(OutboxFields.PENDING_SINCE))
                        .limit(properties.batchSize()))
                .collectList().block(TIMEOUT);
    }

    private List<Document> signalledPending(AggregateStore store, Set<Integer> partitions) {
        List<String> ids = take(signalled.get(store.collectionName()), properties.batchSize());
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Document> found = ByIds.find(store.collection(), ids, PENDING_FIELDS)
                .filter(document -> document.containsKey(OutboxFields.PENDING_SINCE))
                // another replica's partition: its owner's sweep publishes it
                .filter(document -> partitions.contains(document.getInteger(OutboxFields.PARTITION, -1)))
                .collectList().block(TIMEOUT);
        List<Document> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparing(document -> document.getDate(OutboxFields.PENDING_SINCE)));
        return ordered;
    }

    private static List<String> take(Set<String> ids, int limit) {
        List<String> taken = new ArrayList<>(Math.min(limit, ids.size()));
        Iterator<String> iterator = ids.iterator();
        while (iterator.hasNext() && taken.size() < limit) {
            taken.add(iterator.next());
            iterator.remove();
        }
        return taken;
    }

    private int publish(AggregateStore store, List<Document> documents) {
        if (documents == null || documents.isEmpty()) {
            return 0;
        }
        List<Sent> sends = new ArrayList<>();
        for (Document document : documents) {
            for (Document pending : document.getList(OutboxFields.PENDING, Document.class, List.of())) {
                OutboundEvent event = OutboxFields.fromDocument(pending);
                sends.add(new Sent(document, producer.send(CloudEventRecords.toRecord(event))));
            }
        }
        producer.flush();
        Map<Document, Boolean> acknowledged = new LinkedHashMap<>();
        int sent = 0;
        RuntimeException failure = null;
        for (Sent send : sends) {
            try {
                send.result().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                acknowledged.putIfAbsent(send.aggregate(), true);
                sent++;
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                // keep all of this aggregate's events pending, so a retry sends them again in order
                acknowledged.put(send.aggregate(), false);
                failure = failure == null ? new IllegalStateException("Kafka did not acknowledge an event", e) : failure;
            }
        }
        markPublished(store, acknowledged.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList());
        published.increment(sent);
        if (failure != null) {
            throw failure;
        }
        return sent;
    }

    /**
     * Clears the outbox of each aggregate if it is still at the version read, in one bulk write of
     * exact-match updates. An aggregate that took new events meanwhile keeps them: only the events
     * just published are pulled from it.
     */
    private void markPublished(AggregateStore store, List<Document> done) {
        if (done.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> clears = new ArrayList<>(done.size());
        for (Document document : done) {
            clears.add(new UpdateOneModel<>(OutboxFields.atVersion(document.get(OutboxFields.ID), versionOf(document)),
                    Updates.combine(Updates.unset(OutboxFields.PENDING), Updates.unset(OutboxFields.PENDING_SINCE),
                            Updates.unset(OutboxFields.PARTITION))));
        }
        BulkWriteResult cleared = Mono.from(store.collection().bulkWrite(clears, new BulkWriteOptions().ordered(false)))
                .block(TIMEOUT);
        if (cleared.getMatchedCount() == done.size()) {
            return;
        }
        Map<Object, Long> versionNow = new LinkedHashMap<>();
        ByIds.find(store.collection(), done.stream().map(d -> d.get(OutboxFields.ID)).toList(),
                        Projections.include(OutboxFields.VERSION))
                .doOnNext(document -> versionNow.put(document.get(OutboxFields.ID), versionOf(document)))
                .blockLast(TIMEOUT);
        for (Document document : done) {
            Object id = document.get(OutboxFields.ID);
            if (versionNow.getOrDefault(id, versionOf(document)) != versionOf(document)) {
                List<String> eventIds = document.getList(OutboxFields.PENDING, Document.class, List.of()).stream()
                        .map(event -> event.getString("id")).toList();
                Mono.from(store.collection().updateOne(new Document(OutboxFields.ID, id), Updates.pullByFilter(
                        new Document(OutboxFields.PENDING, new Document("id", new Document("$in", eventIds)))))).block(TIMEOUT);
            }
        }
    }

    private static long versionOf(Document document) {
        return AggregateStore.versionOf(document);
    }

    /**
     * How long to wait before the next scan: the interval, or {@value #SCAN_SPACING} times what the
     * last one took if that is longer. An interval of zero (tests) scans every time.
     */
    static Duration spaced(Duration interval, Duration lastScan) {
        if (interval.isZero()) {
            return interval;
        }
        Duration spacing = lastScan.multipliedBy(SCAN_SPACING);
        return spacing.compareTo(interval) > 0 ? spacing : interval;
    }

    private void refreshBacklog() {
        long started = System.nanoTime();
        try {
            countBacklog();
        } finally {
            ScheduledExecutorService watch = backlogWatch;
            if (running && watch != null && !watch.isShutdown()) {
                Duration delay = spaced(BACKLOG_REFRESH, Duration.ofNanos(System.nanoTime() - started));
                try {
                    watch.schedule(this::refreshBacklog, delay.toMillis(), TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException stopping) {
                    // the relay is stopping: no more counts
                }
            }
        }
    }

    private void countBacklog() {
        try {
            Instant now = clock.instant();
            long pending = 0;
            Instant oldest = null;
            for (AggregateStore store : stores.values()) {
                Long count = Mono.from(store.collection().countDocuments(Filters.exists(OutboxFields.PENDING_SINCE)))
                        .block(TIMEOUT);
                pending += count == null ? 0 : count;
                Document first = Mono.from(store.collection().find(Filters.exists(OutboxFields.PENDING_SINCE))
                        .projection(Projections.include(OutboxFields.PENDING_SINCE))
                        .sort(Sorts.ascending(OutboxFields.PENDING_SINCE)).first()).block(TIMEOUT);
                if (first != null) {
                    Instant since = first.get(OutboxFields.PENDING_SINCE, Date.class).toInstant();
                    oldest = oldest == null || since.isBefore(oldest) ? since : oldest;
                }
            }
            backlog.set(pending);
            oldestPendingSeconds.set(oldest == null ? 0 : Duration.between(oldest, now).toSeconds());
        } catch (RuntimeException e) {
            log.debug("Could not measure the outbox backlog this time: {}", e.toString());
        }
    }

    private Duration backoff(int attempt) {
        long millis = Math.min(properties.retryBackoffMax().toMillis(), 200L << Math.min(attempt, 16));
        return Duration.ofMillis(millis);
    }

    private void await(Duration duration) {
        try {
            if (wakeUps.tryAcquire(duration.toMillis(), TimeUnit.MILLISECONDS)) {
                wakeUps.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private record Sent(Document aggregate, Future<RecordMetadata> result) {
    }
}
