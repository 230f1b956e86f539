package org.eduaid.benchmarks.importing;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eduaid.benchmarks.StageResult;
import org.eduaid.benchmarks.TableFormat;

/**
 * The run as a fixed-width table on standard output: the two raw yardsticks, the import and its
 * re-run, then the verdict on the two targets and the checks that make a run invalid (exit code 1).
 */
final class ImportTable {

    static final double TARGET_ROWS_PER_SECOND = 5_000;
    static final double TARGET_HEAP_MEGABYTES = 512;

    private static final String ROW = "%-28s %8s %8s %8s %9s %8s %9s %9s %17s %12s %12s %9s %22s";
    private static final String INCOMPLETE = "*";

    private final ImportBenchmarkOptions options;
    private final Environment environment;
    private final StageResult rawStore;
    private final StageResult rawKafka;
    private final List<ImportRun> runs;

    /** @param runs the first import, then the re-run of the same file if it ran */
    ImportTable(ImportBenchmarkOptions options, Environment environment, StageResult rawStore, StageResult rawKafka,
            List<ImportRun> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a table needs the first import at least");
        }
        this.options = options;
        this.environment = environment;
        this.rawStore = rawStore;
        this.rawKafka = rawKafka;
        this.runs = List.copyOf(runs);
    }

    void print(PrintStream out) {
        ImportKind kind = options.kind();
        out.printf(Locale.ROOT, "# import of %d generated registered-poor children of county %s (%s), one CSV file of "
                + "%.1f MB (%s): POST %s?countyCode=%s, %s, a county officer's token; the same file imported twice%n",
                options.rows(), StudentFile.COUNTY, StudentFile.COUNTY_NAME, environment.fileBytes() / 1e6,
                kind.label(), kind.path(), StudentFile.COUNTY, ImportApi.CSV);
        out.printf(Locale.ROOT, "# Java %s, %d cores, load average %.2f at start and %.2f at end | service JVM: %s | store: "
                + "mongo-java-server, %s backend, and a Kafka KRaft broker, both in the benchmark's JVM | security on "
                + "(the test kit's TestIdentityProvider)%n", environment.java(), environment.cores(),
                environment.loadAtStart(), environment.loadAtEnd(), options.describeServiceJvm(), options.store());
        out.printf(Locale.ROOT, "# raw baselines: %d documents of %d B BSON (a new student aggregate with its pending "
                + "event), %d records of %d B (StudentRegistered, key + value + headers); median of 3, batches of %d%n",
                options.rows(), environment.documentBytes(), options.rows(), environment.recordBytes(), options.batch());
        for (String line : lines()) {
            out.println(line);
        }
    }

    /** The table's rows and the lines under it, without the header comments. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(format(ROW, "stage", "rows", "created", "updated", "unchanged", "rejected", "seconds", "rows/s",
                "vs raw store bulk", "vs raw Kafka", "peak heap MB", "events", "events on Kafka after s"));
        lines.add(raw(rawStore, "100 %", ""));
        lines.add(raw(rawKafka, "", "100 %"));
        for (ImportRun run : runs) {
            lines.add(format(ROW, run.stage(), run.rows(), count(run.status().created()), count(run.status().updated()),
                    count(run.status().unchanged()), count(run.status().rejected()), fixed(run.seconds(), 2),
                    Math.round(run.rowsPerSecond()), percent(run.rowsPerSecond() / rawStore.perSecond()),
                    percent(run.rowsPerSecond() / rawKafka.perSecond()), heap(run.heap()),
                    run.events() + (run.eventsComplete() ? "" : INCOMPLETE),
                    run.lastEventAfter() == null ? "-" : fixed(run.lastEventAfter().toNanos() / 1e9, 2)));
        }
        if (runs.stream().anyMatch(run -> !run.eventsComplete())) {
            lines.add(INCOMPLETE + " deadline passed: not every created row's event was seen on Kafka within "
                    + options.deadline().toSeconds() + " s of the import's end");
        }
        lines.addAll(details());
        lines.addAll(verdict());
        return lines;
    }

    private List<String> details() {
        List<String> lines = new ArrayList<>();
        for (ImportRun run : runs) {
            StringBuilder detail = new StringBuilder(run.stage()).append(": status ").append(run.status().status());
            HeapSampler.HeapPeak heap = run.heap();
            detail.append(String.format(Locale.ROOT, "; heap in use at most %.1f MB, committed at most %.1f MB "
                    + "(%d samples every %d ms, %d unanswered)", heap.maxUsedMegabytes(), heap.maxCommittedMegabytes(),
                    heap.samples(), HeapSampler.INTERVAL_MILLIS, heap.missed()));
            if (run.gc().known()) {
                detail.append(String.format(Locale.ROOT, "; %d GC pauses, %.2f s paused", run.gc().pauses(),
                        run.gc().pausedSeconds()));
            }
            if (run.lastEventAfter() != null && run.events() > 0) {
                detail.append(String.format(Locale.ROOT, "; %s events at %.0f/s over the run",
                        options.kind().createdEventName(), run.events() / (run.lastEventAfter().toNanos() / 1e9)));
            }
            lines.add(detail.toString());
        }
        return lines;
    }

    private List<String> verdict() {
        List<String> lines = new ArrayList<>();
        ImportRun first = runs.get(0);
        boolean rateMet = first.status().completed() && first.rowsPerSecond() >= TARGET_ROWS_PER_SECOND;
        lines.add(String.format(Locale.ROOT, "verdict (target: >= %.0f rows/s with the embedded store): %s, %.0f rows/s, "
                + "%s of the raw store's bulk insert rate -> %s", TARGET_ROWS_PER_SECOND, first.stage(),
                first.rowsPerSecond(), percent(first.rowsPerSecond() / rawStore.perSecond()), met(rateMet)));
        double peak = runs.stream().mapToDouble(run -> run.heap().maxUsedMegabytes()).max().orElse(0);
        boolean heapMet = runs.stream().allMatch(run -> run.status().completed() && run.heap().samples() > 0)
                && peak < TARGET_HEAP_MEGABYTES;
        lines.add(String.format(Locale.ROOT, "verdict (target: heap under %.0f MB): at most %.1f MB in use, the service "
                + "running with -Xmx%s%s -> %s", TARGET_HEAP_MEGABYTES, peak, options.serviceHeap(),
                heapMet ? "" : (runs.stream().allMatch(run -> run.status().completed()) ? ""
                        : "; an import did not complete"), met(heapMet)));
        List<String> failed = failedChecks();
        lines.add(failed.isEmpty() ? "checks: passed (every row accounted for and none rejected, every "
                + options.kind().createdEventName() + " on Kafka, the re-run created nothing)"
                : "checks FAILED: " + String.join("; ", failed));
        return lines;
    }

    /** What makes the run invalid, whatever its rate: the program then exits with 1. */
    List<String> failedChecks() {
        List<String> failed = new ArrayList<>();
        ImportRun first = runs.get(0);
        if (!first.status().completed()) {
            failed.add(first.stage() + " ended " + first.status().status() + reason(first.status()));
        } else {
            if (!first.status().everyRowAccounted(first.rows())) {
                failed.add(first.stage() + " does not account for every row: " + first.status());
            }
            if (first.status().rejected() > 0) {
                failed.add(first.stage() + " rejected " + first.status().rejected()
                        + " generated rows (see GET /api/enrollment/imports/{id}/errors)");
            }
            if (!first.eventsComplete()) {
                failed.add("only " + first.events() + " of " + first.status().created() + " "
                        + options.kind().createdEventName() + " events reached Kafka in time");
            }
        }
        if (runs.size() < 2) {
            failed.add("the re-run of the same file did not run");
        } else {
            ImportRun again = runs.get(1);
            if (!again.status().completed()) {
                failed.add(again.stage() + " ended " + again.status().status() + reason(again.status()));
            } else if (again.status().created() != 0) {
                failed.add(again.stage() + " created " + again.status().created() + " (expected 0: re-running a file "
                        + "changes nothing)");
            }
            if (again.events() != 0) {
                failed.add(again.stage() + " published " + again.events() + " " + options.kind().createdEventName()
                        + " events (expected none)");
            }
        }
        return failed;
    }

    private static String reason(ImportStatus status) {
        return status.failure().isEmpty() ? "" : " (" + status.failure() + ")";
    }

    private String raw(StageResult stage, String vsStore, String vsKafka) {
        return format(ROW, stage.stage(), stage.events(), "", "", "", "", fixed(stage.seconds(), 2),
                Math.round(stage.perSecond()), vsStore, vsKafka, "", "", "");
    }

    private static String heap(HeapSampler.HeapPeak heap) {
        return heap.samples() == 0 ? "-" : fixed(heap.maxUsedMegabytes(), 1);
    }

    private static String count(long value) {
        return value == ImportStatus.UNKNOWN ? "?" : Long.toString(value);
    }

    static String percent(double share) {
        return TableFormat.percent(share);
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String met(boolean met) {
        return met ? "MET" : "NOT MET";
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values).stripTrailing();
    }

    /** What the header says of the run beside the options. */
    record Environment(String java, int cores, double loadAtStart, double loadAtEnd, long fileBytes, int documentBytes,
            int recordBytes) {
    }
}
