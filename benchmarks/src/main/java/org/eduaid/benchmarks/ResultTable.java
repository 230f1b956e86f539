package org.eduaid.benchmarks;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Prints the run as a fixed-width table, one block of rows per store, then the verdict on the target. */
final class ResultTable {

    private static final String ROW = "%-6s %-38s %8s %9s %10s %19s %8s %8s";
    /** Marks a hop that missed its deadline: its row counts only the events that arrived in time. */
    private static final String INCOMPLETE = "*";

    private final BenchmarkOptions options;
    private final RunEnvironment environment;
    private final List<StoreResults> results;

    ResultTable(BenchmarkOptions options, RunEnvironment environment, List<StoreResults> results) {
        this.options = options;
        this.environment = environment;
        this.results = List.copyOf(results);
    }

    void print(PrintStream out) {
        out.printf(Locale.ROOT, "# %d events per stage after %d warm-up, batches of %d, hop deadline %d s%n",
                options.events(), options.warmUpEvents(), options.batch(), options.hopDeadline().toSeconds());
        out.printf(Locale.ROOT, "# %s%n", environment.describe());
        out.println(String.format(Locale.ROOT, ROW, "store", "stage", "events", "seconds", "events/s",
                "vs raw store bulk", "p50 ms", "p99 ms"));
        for (StoreResults column : results) {
            String store = column.store().label();
            HopResult hop = column.hop();
            row(out, store, column.rawKafka(), "", "");
            row(out, store, column.rawStore(), "", "100 %");
            row(out, store, hop.stage(), hop.complete() ? "" : INCOMPLETE, percent(column.hopShareOfRawStore()));
        }
        if (results.stream().anyMatch(column -> !column.hop().complete())) {
            out.println(INCOMPLETE + " deadline passed: the row counts only the events stored in time");
        }
        out.println();
        for (StoreResults column : results) {
            out.println(verdict(column, options));
            out.println(detail(column));
        }
    }

    private static void row(PrintStream out, String store, StageResult stage, String mark, String share) {
        Optional<Latency> latency = stage.latency();
        // rows without latencies would end in blanks
        out.println(String.format(Locale.ROOT, ROW, store, stage.stage(), stage.events() + mark,
                decimal(stage.seconds(), 2), decimal(stage.perSecond(), 0), share,
                latency.map(l -> Long.toString(l.p50Millis())).orElse(""),
                latency.map(l -> Long.toString(l.p99Millis())).orElse("")).stripTrailing());
    }

    private static String verdict(StoreResults column, BenchmarkOptions options) {
        HopResult hop = column.hop();
        String store = column.store().label();
        String reached = percent(column.hopShareOfRawStore()) + " of the raw store's bulk write rate (target >= "
                + percent(StoreResults.TARGET) + ")";
        if (!hop.complete()) {
            return String.format(Locale.ROOT, "%-6s target NOT MET: only %d of %d events arrived within the %d s deadline, "
                    + "at %s", store, hop.stage().events(), hop.expected(), options.hopDeadline().toSeconds(), reached);
        }
        if (hop.failedChecks()) {
            return String.format(Locale.ROOT, "%-6s target NOT MET: the hop lost or stranded events (see the checks)", store);
        }
        return String.format(Locale.ROOT, "%-6s target %s: the hop reached %s", store,
                column.meetsTarget() ? "MET" : "NOT MET", reached);
    }

    private static String detail(StoreResults column) {
        HopResult hop = column.hop();
        String checks = hop.complete()
                ? String.format(Locale.ROOT, "%d of %d schools in the projection, %d aggregates still pending",
                        hop.projectionRows(), hop.expected(), hop.pendingAfter())
                : "not judged, the deadline passed";
        return String.format(Locale.ROOT,
                "%-6s hop detail: insertAll busy %s s, consumer busy %s s in %d batches, %d redelivered, max latency %s ms; "
                        + "checks: %s",
                column.store().label(), decimal(hop.importBusy().toNanos() / 1e9, 2),
                decimal(hop.consumerBusy().toNanos() / 1e9, 2), hop.consumerBatches(), hop.redelivered(),
                hop.stage().latency().map(latency -> Long.toString(latency.maxMillis())).orElse("-"), checks);
    }

    /** Whole percent, but one decimal below 10 %, so that a hop far off the target does not read "0 %". */
    private static String percent(double fraction) {
        double percent = fraction * 100;
        return decimal(percent, percent < 10 ? 1 : 0) + " %";
    }

    private static String decimal(double value, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", value);
    }
}
