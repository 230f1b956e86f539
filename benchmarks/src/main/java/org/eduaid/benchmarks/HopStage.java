package org.eduaid.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.bson.Document;
import org.eduaid.benchmarks.hop.HopApplication;
import org.eduaid.benchmarks.hop.HopProbe;
import org.eduaid.contracts.Topics;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.outbox.AggregateStore.NewAggregate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Mono;

/**
 * Stage 3, the hop: new schools are imported through {@code AggregateStore.insertAll} in batches,
 * while the kit's relay publishes their events and the kit's consumer applies them to a
 * projection. Timed from the first write until the consumer has stored the last event; then
 * checked: every school in the projection exactly once, nothing left pending in the outbox.
 */
final class HopStage {

    static final String STAGE = "outbox -> Kafka -> consumer -> store";
    private static final Logger log = LoggerFactory.getLogger(HopStage.class);
    /** Where an aggregate keeps its unpublished events, and since when (the kit's package-private OutboxFields). */
    private static final String PENDING = "_outbox";
    private static final String PENDING_SINCE = "_outboxSince";
    private static final Duration OPERATION_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration DRAIN_POLL = Duration.ofMillis(50);

    private final Infrastructure infrastructure;
    private final BenchmarkOptions options;

    HopStage(Infrastructure infrastructure, BenchmarkOptions options) {
        this.infrastructure = infrastructure;
        this.options = options;
    }

    HopResult run() throws InterruptedException {
        MongoDatabase database = infrastructure.mongo().getDatabase(HopApplication.DATABASE);
        List<List<NewAggregate>> warmUp = batches(SchoolSeries.WARM_UP, options.warmUpEvents());
        List<List<NewAggregate>> measured = batches(SchoolSeries.MEASURED, options.events());
        try (ConfigurableApplicationContext app = start()) {
            AggregateStore schools = app.getBean(AggregateStore.class);
            HopProbe probe = app.getBean(HopProbe.class);
            warmUp(schools, probe, database, warmUp);

            probe.expect(SchoolSeries.MEASURED, options.events());
            long start = System.nanoTime();
            Duration importBusy = importAll(schools, measured);
            HopProbe.Progress progress = probe.awaitUntil(start + options.hopDeadline().toNanos());
            long end = progress.complete() ? progress.completedAtNanos() : System.nanoTime();
            if (!progress.complete()) {
                log.warn("{}: {} of {} events arrived before the {} s deadline", STAGE, progress.stored(),
                        options.events(), options.hopDeadline().toSeconds());
            }
            StageResult stage = new StageResult(STAGE, progress.stored(), Duration.ofNanos(end - start),
                    progress.stored() == 0 ? Optional.empty() : Optional.of(Latency.of(progress.latenciesMillis())));
            // a hop that missed its deadline still has events in flight: count what is pending, do not wait for it
            long pending = progress.complete() ? awaitDrained(database, options.hopDeadline()) : pendingAggregates(database);
            return new HopResult(stage, options.events(), importBusy, progress.consumerBusy(), progress.batches(),
                    progress.redelivered(), projectionRows(database), pending, progress.complete());
        }
    }

    /**
     * Sends a few batches through the whole hop, so that the topic exists, the consumer group has
     * joined and the code paths are compiled before the clock starts; then empties the collections
     * again, so the measured run starts from empty ones, like the raw store stage. Emptied, not
     * dropped: whatever indexes the kit created stay, as they would in a running service.
     */
    private void warmUp(AggregateStore schools, HopProbe probe, MongoDatabase database,
            List<List<NewAggregate>> batches) throws InterruptedException {
        probe.expect(SchoolSeries.WARM_UP, options.warmUpEvents());
        importAll(schools, batches);
        Duration warmUpDeadline = options.hopDeadline().plus(Duration.ofSeconds(30));
        if (!probe.awaitUntil(System.nanoTime() + warmUpDeadline.toNanos()).complete()
                || awaitDrained(database, warmUpDeadline) != 0) {
            throw new IllegalStateException("the warm-up did not get through the hop within " + warmUpDeadline);
        }
        Mono.from(database.getCollection(HopApplication.AGGREGATES).deleteMany(new Document())).block(OPERATION_TIMEOUT);
        Mono.from(database.getCollection(HopApplication.PROJECTION).deleteMany(new Document())).block(OPERATION_TIMEOUT);
    }

    private ConfigurableApplicationContext start() {
        Map<String, String> properties = Map.of(
                // the name of the service that owns the school topic, so the kit creates it as in production
                "spring.application.name", "enrollment-service",
                "spring.main.banner-mode", "off",
                "spring.main.log-startup-info", "false",
                "spring.mongodb.uri", infrastructure.mongoUri(HopApplication.DATABASE),
                "spring.cloud.stream.kafka.binder.brokers", infrastructure.kafkaBootstrap(),
                "spring.cloud.stream.kafka.binder.consumer-properties[auto.offset.reset]", "earliest",
                "spring.cloud.function.definition", HopApplication.CONSUMER,
                "spring.cloud.stream.bindings." + HopApplication.CONSUMER + "-in-0.destination", Topics.ENROLLMENT_SCHOOLS,
                "spring.cloud.stream.bindings." + HopApplication.CONSUMER + "-in-0.group", "benchmark-school-directory");
        // as command-line arguments: they outrank the kit's defaults, which a builder's properties would not
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(HopApplication.class).web(WebApplicationType.NONE).run(arguments);
    }

    private List<List<NewAggregate>> batches(SchoolSeries series, int events) {
        List<List<NewAggregate>> batches = new ArrayList<>();
        for (int from = 0; from < events; from += options.batch()) {
            batches.add(IntStream.range(from, Math.min(from + options.batch(), events))
                    .mapToObj(index -> School.generate(series, index))
                    .map(school -> new NewAggregate(school.code(), school.state(), List.of(school.registered())))
                    .toList());
        }
        return batches;
    }

    /** Imports batch after batch, as a bulk import would; returns the time spent inside insertAll. */
    private static Duration importAll(AggregateStore schools, List<List<NewAggregate>> batches) {
        long busy = 0;
        for (List<NewAggregate> batch : batches) {
            long started = System.nanoTime();
            List<String> existing = schools.insertAll(batch, TraceContext.fresh()).block(OPERATION_TIMEOUT);
            busy += System.nanoTime() - started;
            if (existing != null && !existing.isEmpty()) {
                throw new IllegalStateException(existing.size() + " schools were already stored, e.g. " + existing.get(0));
            }
        }
        return Duration.ofNanos(busy);
    }

    private static long projectionRows(MongoDatabase database) {
        return Mono.from(database.getCollection(HopApplication.PROJECTION).countDocuments()).block(OPERATION_TIMEOUT);
    }

    /**
     * The relay removes events from the outbox only after Kafka acknowledged them, which can be a
     * moment after the consumer stored the last one. No signal says when, so this polls.
     *
     * @return the aggregates still holding events when the wait ended
     */
    private static long awaitDrained(MongoDatabase database, Duration deadline) throws InterruptedException {
        long giveUpAt = System.nanoTime() + deadline.toNanos();
        long pending = pendingAggregates(database);
        while (pending > 0 && System.nanoTime() < giveUpAt) {
            Thread.sleep(DRAIN_POLL.toMillis());
            pending = pendingAggregates(database);
        }
        return pending;
    }

    private static long pendingAggregates(MongoDatabase database) {
        return Mono.from(database.getCollection(HopApplication.AGGREGATES, Document.class)
                        .countDocuments(Filters.or(Filters.exists(PENDING_SINCE), Filters.exists(PENDING + ".0"))))
                .block(OPERATION_TIMEOUT);
    }
}
