package org.eduaid.benchmarks.subsidy;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eduaid.benchmarks.StageResult;
import org.eduaid.benchmarks.TableFormat;

/**
 * The run as a fixed-width table on standard output: the raw yardstick, then each stage that ran
 * with its items, seconds, items per second and share of the raw store's write rate; the verdict on
 * the target (the term's batch sealed in under 60 s); the checks that make a run invalid.
 */
final class SubsidyTable {

    static final double TARGET_SEAL_SECONDS = 60;

    private static final String ROW = "%-44s %9s %9s %10s %18s  %s";

    private final SubsidyBenchmarkOptions options;
    private final Environment environment;
    private final StageResult rawStore;
    private final List<Row> rows;
    private final Optional<StageResult> seal;
    private final List<String> failedChecks;

    /**
     * @param seal         the seal's stage when it ran (it is also among the rows)
     * @param failedChecks what makes the run invalid, including a stage that failed
     */
    SubsidyTable(SubsidyBenchmarkOptions options, Environment environment, StageResult rawStore, List<Row> rows,
            Optional<StageResult> seal, List<String> failedChecks) {
        this.options = options;
        this.environment = environment;
        this.rawStore = rawStore;
        this.rows = List.copyOf(rows);
        this.seal = seal;
        this.failedChecks = List.copyOf(failedChecks);
    }

    void print(PrintStream out) {
        out.printf(Locale.ROOT, "# subsidy: %d registered-poor students of county %s fed as enrollment's events (%d "
                + "boarding compulsory students)%s%n", options.students(), options.countyCode(), options.boarders(),
                options.withService() ? String.format(Locale.ROOT, ", a new boarding living allowance defined, the %d "
                        + "reviewed, on notice, approved, and term %s's batch sealed", options.boarders(),
                        environment.term()) : " to a stand-in consumer only (--service=none)");
        out.printf(Locale.ROOT, "# Java %s, %d cores, load average %.2f at start and %.2f at end | service: %s | store: "
                + "mongo-java-server, %s backend, and a Kafka KRaft broker, both in the benchmark's JVM%s%n", environment.java(), environment.cores(),
                environment.loadAtStart(), environment.loadAtEnd(),
                options.withService() ? options.describeServiceJvm() : "none (--service=none: a stand-in consumer)",
                options.store(), options.withService() ? " | security on (the test kit's TestIdentityProvider)" : "");
        out.printf(Locale.ROOT, "# raw store: %d payment documents of %d B BSON (a new payment aggregate with its "
                + "AidPaymentApproved in _outbox), unordered insertMany in batches of %d, median of 3%n",
                rawStore.events(), environment.documentBytes(), options.batch());
        for (String line : lines()) {
            out.println(line);
        }
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(format("stage", "items", "seconds", "items/s", "vs raw store write", "what"));
        lines.add(format(rawStore.stage(), rawStore.events(), fixed(rawStore.seconds()), Math.round(rawStore.perSecond()),
                "100 %", "payment documents"));
        for (Row row : rows) {
            StageResult stage = row.result();
            lines.add(format(stage.stage(), stage.events(), fixed(stage.seconds()), Math.round(stage.perSecond()),
                    TableFormat.percent(stage.perSecond() / rawStore.perSecond()), row.what()));
        }
        lines.add(verdict());
        lines.add(failedChecks.isEmpty() ? "checks: passed" : "checks FAILED: " + String.join("; ", failedChecks));
        return lines;
    }

    String verdict() {
        if (seal.isEmpty()) {
            return "target: term's batch sealed in under 60 s: NOT met (the seal did not run)";
        }
        StageResult sealed = seal.get();
        boolean met = sealed.seconds() < TARGET_SEAL_SECONDS && sealed.events() == options.boarders();
        return String.format(Locale.ROOT, "target: term's batch sealed in under 60 s: %s (%d payments in %.2f s, %.0f "
                + "payments/s, %s of the raw store's write rate)", met ? "met" : "NOT met", sealed.events(),
                sealed.seconds(), sealed.perSecond(), TableFormat.percent(sealed.perSecond() / rawStore.perSecond()));
    }

    private static String format(Object... values) {
        return String.format(Locale.ROOT, ROW, values).stripTrailing();
    }

    private static String fixed(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** A measured stage and what its items are. */
    record Row(StageResult result, String what) {
    }

    /** What the header says of the run beside the options. */
    record Environment(String java, int cores, double loadAtStart, double loadAtEnd, String term, int documentBytes) {
    }
}
