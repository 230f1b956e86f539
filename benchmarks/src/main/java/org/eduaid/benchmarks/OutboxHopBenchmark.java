package org.eduaid.benchmarks;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How fast does an event get from one service's outbox into another service's projection, compared
 * with writing the same data to the store directly? For each store it runs, on one in-process
 * Kafka broker and one MongoDB server: the raw producer, the raw bulk insert and the hop through
 * the kit, then prints the table on standard output (logs go to standard error).
 *
 * <p>Exits 0 after a run, also one whose hop missed its deadline (that is a measurement); 1 if a
 * hop that finished lost, duplicated or stranded events. A benchmark, not a test: nothing runs it
 * during a build.
 */
public final class OutboxHopBenchmark {

    private static final Logger log = LoggerFactory.getLogger(OutboxHopBenchmark.class);

    private OutboxHopBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        RunEnvironment environment = RunEnvironment.current();
        List<StoreResults> results = new ArrayList<>();
        for (StoreKind store : options.stores()) {
            results.add(measure(store, options));
        }
        new ResultTable(options, environment, results).print(System.out);
        System.out.flush();
        // the broker and the clients leave non-daemon threads behind; the run is over
        System.exit(results.stream().anyMatch(column -> column.hop().failedChecks()) ? 1 : 0);
    }

    private static StoreResults measure(StoreKind store, BenchmarkOptions options) throws InterruptedException {
        log.info("[{}] starting Kafka and MongoDB", store);
        try (Infrastructure infrastructure = Infrastructure.start(store)) {
            StageResult rawKafka = new RawKafkaProduce(infrastructure, options).run();
            log.info("[{}] {}: {} events/s", store, rawKafka.stage(), Math.round(rawKafka.perSecond()));
            StageResult rawStore = new RawStoreInsert(infrastructure, options).run();
            log.info("[{}] {}: {} events/s", store, rawStore.stage(), Math.round(rawStore.perSecond()));
            HopResult hop = new HopStage(infrastructure, options).run();
            log.info("[{}] {}: {} events/s", store, hop.stage().stage(), Math.round(hop.stage().perSecond()));
            return new StoreResults(store, rawKafka, rawStore, hop);
        }
    }
}
