package org.eduaid.benchmarks.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.eduaid.benchmarks.StageResult;
import org.junit.jupiter.api.Test;

class ImportTableTest {

    private static final int ROWS = 200_833;
    private static final ImportBenchmarkOptions OPTIONS = ImportBenchmarkOptions.parse();
    private static final ImportTable.Environment ENVIRONMENT = new ImportTable.Environment("17.0.15", 2, 1.5, 2.5,
            23_400_000, 980, 760);
    /** 20,000 documents/s and 100,000 records/s. */
    private static final StageResult RAW_STORE = StageResult.of(RawBaselines.STORE_STAGE, ROWS,
            10_041_650_000L);
    private static final StageResult RAW_KAFKA = StageResult.of(RawBaselines.KAFKA_STAGE, ROWS,
            2_008_330_000L);
    private static final HeapSampler.HeapPeak HEAP = new HeapSampler.HeapPeak(300L << 20, 400L << 20, 160, 0);

    @Test
    void aRunThatMeetsBothTargetsIsTabulatedAgainstTheRawRates() {
        ImportRun first = run("import", new ImportStatus("COMPLETED", ROWS, ROWS, 0, 0, 0), 40.1666, ROWS, 44.5, true);
        ImportRun again = run("import again (same file)", new ImportStatus("COMPLETED", ROWS, 0, 0, ROWS, 0), 20.0, 0,
                -1, true);

        List<String> lines = new ImportTable(OPTIONS, ENVIRONMENT, RAW_STORE, RAW_KAFKA, List.of(first, again)).lines();

        assertThat(lines.get(0)).containsSubsequence("stage", "rows", "created", "updated", "unchanged", "rejected",
                "seconds", "rows/s", "vs raw store bulk", "vs raw Kafka", "peak heap MB", "events",
                "events on Kafka after s");
        assertThat(lines.get(1)).startsWith("raw store bulk insertMany").contains("20000", "100 %");
        assertThat(lines.get(2)).startsWith("raw Kafka produce").contains("100000").endsWith("100 %");
        assertThat(lines.get(3)).startsWith("import ").containsSubsequence("200833", "200833", "0", "0", "0", "40.17",
                "5000", "25 %", "5.0 %", "300.0", "200833", "44.50");
        assertThat(lines.get(4)).startsWith("import again (same file)").containsSubsequence("200833", "0", "0",
                "200833", "0", "20.00", "10042", "50 %", "10 %", "300.0", "0", "-");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("verdict (target: >= 5000 rows/s")
                .contains("5000 rows/s", "25 %").endsWith("-> MET"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("verdict (target: heap under 512 MB)")
                .contains("300.0 MB", "-Xmx512m").endsWith("-> MET"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("checks: passed"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("import: status COMPLETED")
                .contains("at most 300.0 MB", "committed at most 400.0 MB", "160 samples", "3 GC pauses",
                        "StudentRegistered events at 4513/s"));
    }

    @Test
    void aSlowRunMissesTheRateButPassesItsChecks() {
        ImportRun first = run("import", new ImportStatus("COMPLETED", ROWS, ROWS, 0, 0, 0), 100, ROWS, 120, true);
        ImportRun again = run("import again (same file)", new ImportStatus("COMPLETED", ROWS, 0, 0, ROWS, 0), 50, 0,
                -1, true);

        ImportTable table = new ImportTable(OPTIONS, ENVIRONMENT, RAW_STORE, RAW_KAFKA, List.of(first, again));

        assertThat(table.lines()).anySatisfy(line -> assertThat(line).startsWith("verdict (target: >= 5000")
                .contains("2008 rows/s").endsWith("-> NOT MET"));
        assertThat(table.failedChecks()).isEmpty();
    }

    @Test
    void missingEventsARejectedRowAndARerunThatCreatesFailTheChecks() {
        ImportRun first = run("import", new ImportStatus("COMPLETED", ROWS, ROWS - 1, 0, 0, 1), 40, 150_000, 300,
                false);
        ImportRun again = run("import again (same file)", new ImportStatus("COMPLETED", ROWS, 5, 0, ROWS - 6, 1), 20,
                5, 25, true);

        ImportTable table = new ImportTable(OPTIONS, ENVIRONMENT, RAW_STORE, RAW_KAFKA, List.of(first, again));

        assertThat(table.failedChecks()).hasSize(4).anySatisfy(check -> assertThat(check).contains("rejected 1"))
                .anySatisfy(check -> assertThat(check).contains("only 150000 of 200832 StudentRegistered"))
                .anySatisfy(check -> assertThat(check).contains("created 5"))
                .anySatisfy(check -> assertThat(check).contains("published 5"));
        assertThat(table.lines()).anySatisfy(line -> assertThat(line).startsWith("import ").contains("150000*"))
                .anySatisfy(line -> assertThat(line).startsWith("* deadline passed"))
                .anySatisfy(line -> assertThat(line).startsWith("checks FAILED"));
    }

    @Test
    void aFailedImportMissesBothTargetsAndHasNoRerun() {
        ImportRun first = run("import", new ImportStatus("FAILED", 1_000, 0, 0, 0, 0), 4, 0, -1, true);

        ImportTable table = new ImportTable(OPTIONS, ENVIRONMENT, RAW_STORE, RAW_KAFKA, List.of(first));

        assertThat(table.failedChecks()).containsExactly("import ended FAILED", "the re-run of the same file did not run");
        assertThat(table.lines()).filteredOn(line -> line.startsWith("verdict")).allSatisfy(
                line -> assertThat(line).endsWith("NOT MET"));
    }

    @Test
    void theHeaderNamesTheFileTheServiceAndTheBaselines() {
        ImportRun first = run("import", new ImportStatus("COMPLETED", ROWS, ROWS, 0, 0, 0), 40, ROWS, 44.5, true);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        new ImportTable(OPTIONS, ENVIRONMENT, RAW_STORE, RAW_KAFKA, List.of(first)).print(
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("# import of 200833 generated registered-poor children of county 150424")
                .contains("23.4 MB", "POST /api/enrollment/imports/students?countyCode=150424", "text/csv; charset=UTF-8");
        assertThat(lines.get(1)).contains("Java 17.0.15, 2 cores", "load average 1.50 at start and 2.50 at end",
                "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1", "h2 backend", "security on");
        assertThat(lines.get(2)).contains("980 B BSON", "760 B", "median of 3", "batches of 500");
        assertThat(lines.get(3)).startsWith("stage");
    }

    @Test
    void sharesBelowTenPercentKeepADecimal() {
        assertThat(ImportTable.percent(0.25)).isEqualTo("25 %");
        assertThat(ImportTable.percent(0.0512)).isEqualTo("5.1 %");
        assertThat(ImportTable.percent(Double.NaN)).isEqualTo("-");
    }

    private static ImportRun run(String stage, ImportStatus status, double seconds, long events,
            double lastEventSeconds, boolean complete) {
        return new ImportRun(stage, status.rows(), status, Duration.ofNanos((long) (seconds * 1e9)), HEAP,
                new ImportRun.Gc(3, 0.2), events,
                lastEventSeconds < 0 ? null : Duration.ofNanos((long) (lastEventSeconds * 1e9)), complete);
    }
}
