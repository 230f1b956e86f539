package org.eduaid.benchmarks;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints the run as a fixed-width table, one block of rows per store, and the verdict on the target. */
final class ResultTable {

    private static final String ROW = "%-6s %-38s %8s %9s %10s %19s %8s %8s%n";

    private final BenchmarkOptions options;
    private final RunEnvironment environment;
    private final List<StoreResults> results;

    ResultTable(BenchmarkOptions options, RunEnvironment environment, List<StoreResults> results) {
        this.options = options;
        this.environment = environment;
        this.results = List.copyOf(results);
    }

    void print(PrintStream out) {
        out.printf(Locale.ROOT, "# %d events per stage after %d warm-up, batches of %d | %s%n", options.events(),
                options.warmUpEvents(), options.batch(), environment.describe());
        out.printf(Locale.ROOT, ROW, "store", "stage", "events", "seconds", "events/s", "vs raw store bulk", "p50 ms",
                "p99 ms");
        for (StoreResults column : results) {
            String store = column.store().label();
            row(out, store, column.rawKafka(), "");
            row(out, store, column.rawStore(), "100 %");
            row(out, store, column.hop().stage(), percent(column.hopShareOfRawStore()));
        }
        out.println();
        for (StoreResults column : results) {
            out.println(verdict(column));
            out.println(detail(column));
        }
    }

    private static void row(PrintStream out, String store, StageResult stage, String share) {
        out.printf(Locale.ROOT, ROW, store, stage.stage(), stage.events(), String.format(Locale.ROOT, "%.2f", stage.seconds()),
                String.format(Locale.ROOT, "%.0f", stage.perSecond()), share,
                stage.latency().map(latency -> Long.toString(latency.p50Millis())).orElse(""),
                stage.latency().map(latency -> Long.toString(latency.p99Millis())).orElse(""));
    }

    private static String verdict(StoreResults column) {
        String share = percent(column.hopShareOfRawStore());
        String target = percent(StoreResults.TARGET);
        if (!column.hop().verified()) {
            return String.format(Locale.ROOT, "%-6s target: NOT MET - the hop failed its checks (see below)",
                    column.store().label());
        }
        return String.format(Locale.ROOT, "%-6s target: hop reached %s of the raw store's bulk write rate (target >= %s): %s",
                column.store().label(), share, target, column.meetsTarget() ? "MET" : "NOT MET");
    }

    private static String detail(StoreResults column) {
        HopResult hop = column.hop();
        return String.format(Locale.ROOT,
                "%-6s hop detail: insertAll busy %.2f s, consumer busy %.2f s in %d batches, %d redelivered, "
                        + "max latency %s ms; checks: %d of %d projection rows, %d aggregates still pending%s",
                column.store().label(), hop.importBusy().toNanos() / 1e9, hop.consumerBusy().toNanos() / 1e9,
                hop.consumerBatches(), hop.redelivered(),
                hop.stage().latency().map(latency -> Long.toString(latency.maxMillis())).orElse("-"),
                hop.projectionRows(), hop.expected(), hop.pendingAfter(),
                hop.complete() ? "" : ", TIMED OUT before every event arrived");
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f %%", fraction * 100);
    }
}
