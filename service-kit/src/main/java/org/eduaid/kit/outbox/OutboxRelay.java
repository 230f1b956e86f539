package org.eduaid.kit.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.bson.Document;
import org.eduaid.kit.config.EventTopics;
import org.eduaid.kit.events.CloudEventRecords;
import org.eduaid.kit.events.OutboundEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

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
 */
public final class OutboxRelay implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration BACKLOG_REFRESH = Duration.ofSeconds(5);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(60);

    private final List<AggregateStore> stores;
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
    private Thread worker;
    private Instant nextBacklogRefresh = Instant.EPOCH;

    OutboxRelay(List<AggregateStore> stores, OutboxLeases leases, Producer<String, byte[]> producer,
            EventTopics topics, OutboxProperties properties, Clock clock, MeterRegistry meters) {
        this.stores = List.copyOf(stores);
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

    /** Called after a local write, so the relay does not wait for its next poll. */
    public void wakeUp() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        wakeUp();
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

    long backlog() {
        return backlog.get();
    }

    /** Rounds that failed so far (Kafka or MongoDB unavailable); each is retried. */
    public double publishFailures() {
        return failures.count();
    }

    private void run() {
        int consecutiveFailures = 0;
        while (running) {
            try {
                refreshBacklogIfDue();
                int sent = relayOnce();
                consecutiveFailures = 0;
                if (sent == 0) {
                    await(properties.idlePoll());
                }
            } catch (RuntimeException e) {
                consecutiveFailures++;
                failures.increment();
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
            return 0;
        }
        int sent = 0;
        for (AggregateStore store : stores) {
            sent += relayCollection(store, partitions);
        }
        return sent;
    }

    private int relayCollection(AggregateStore store, Set<Integer> partitions) {
        List<Document> documents = Flux.from(store.collection()
                        .find(Filters.and(Filters.exists(OutboxFields.PENDING_SINCE), Filters.in(OutboxFields.PARTITION, partitions)))
                        .projection(Projections.include(OutboxFields.PENDING))
                        .sort(Sorts.ascending(OutboxFields.PENDING_SINCE))
                        .limit(properties.batchSize()))
                .collectList().block(SEND_TIMEOUT);
        if (documents == null || documents.isEmpty()) {
            return 0;
        }
        List<Sent> sends = new ArrayList<>();
        for (Document document : documents) {
            for (Document pending : document.getList(OutboxFields.PENDING, Document.class, List.of())) {
                OutboundEvent event = OutboxFields.fromDocument(pending);
                sends.add(new Sent(document.get(OutboxFields.ID), event.metadata().id(), producer.send(CloudEventRecords.toRecord(event))));
            }
        }
        producer.flush();
        Map<Object, Boolean> acknowledgedByAggregate = new LinkedHashMap<>();
        List<String> doneEventIds = new ArrayList<>();
        RuntimeException failure = null;
        for (Sent send : sends) {
            try {
                send.result().get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                doneEventIds.add(send.eventId());
                acknowledgedByAggregate.putIfAbsent(send.aggregateId(), true);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                // keep all of this aggregate's events pending, so a retry sends them again in order
                acknowledgedByAggregate.put(send.aggregateId(), false);
                failure = failure == null ? new IllegalStateException("Kafka did not acknowledge an event", e) : failure;
            }
        }
        List<Object> done = acknowledgedByAggregate.entrySet().stream().filter(Map.Entry::getValue)
                .map(Map.Entry::getKey).toList();
        markPublished(store, done, doneEventIds);
        published.increment(doneEventIds.size());
        if (failure != null) {
            throw failure;
        }
        return doneEventIds.size();
    }

    private void markPublished(AggregateStore store, List<Object> aggregateIds, List<String> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        Mono.from(store.collection().updateMany(Filters.in(OutboxFields.ID, aggregateIds),
                Updates.pullByFilter(new Document(OutboxFields.PENDING, new Document("id", new Document("$in", eventIds))))))
                .block(SEND_TIMEOUT);
        // a write that appended more events meanwhile keeps the marker, so nothing is left behind
        Mono.from(store.collection().updateMany(
                        Filters.and(Filters.in(OutboxFields.ID, aggregateIds), Filters.size(OutboxFields.PENDING, 0)),
                        Updates.combine(Updates.unset(OutboxFields.PENDING_SINCE), Updates.unset(OutboxFields.PARTITION))))
                .block(SEND_TIMEOUT);
    }

    private void refreshBacklogIfDue() {
        Instant now = clock.instant();
        if (now.isBefore(nextBacklogRefresh)) {
            return;
        }
        nextBacklogRefresh = now.plus(BACKLOG_REFRESH);
        long pending = 0;
        Instant oldest = null;
        for (AggregateStore store : stores) {
            Long count = Mono.from(store.collection().countDocuments(Filters.exists(OutboxFields.PENDING_SINCE)))
                    .block(SEND_TIMEOUT);
            pending += count == null ? 0 : count;
            Document first = Mono.from(store.collection().find(Filters.exists(OutboxFields.PENDING_SINCE))
                    .projection(Projections.include(OutboxFields.PENDING_SINCE))
                    .sort(Sorts.ascending(OutboxFields.PENDING_SINCE)).first()).block(SEND_TIMEOUT);
            if (first != null) {
                Instant since = first.get(OutboxFields.PENDING_SINCE, Date.class).toInstant();
                oldest = oldest == null || since.isBefore(oldest) ? since : oldest;
            }
        }
        backlog.set(pending);
        oldestPendingSeconds.set(oldest == null ? 0 : Duration.between(oldest, now).toSeconds());
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

    private record Sent(Object aggregateId, String eventId, Future<RecordMetadata> result) {
    }
}
