package org.eduaid.benchmarks.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.eduaid.benchmarks.BenchmarkFailure;
import org.eduaid.benchmarks.BenchmarkRunner;
import org.eduaid.benchmarks.ChildJvm;
import org.eduaid.benchmarks.Infrastructure;
import org.eduaid.benchmarks.ServiceEnvironment;
import org.eduaid.benchmarks.ServiceJars;
import org.eduaid.benchmarks.StageResult;
import org.eduaid.testkit.security.TestIdentityProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --benchmark=import}: issue 4's benchmark. Imports a generated file of 200,833 registered-poor
 * children of one county (Shandong's count of registered-poor students) into the built
 * enrollment-service jar, run as a child JVM with security on and a 512 MB heap on the benchmark's
 * embedded broker and store, end to end: rows per second from the first byte of the upload until the
 * import says COMPLETED, the service's peak heap meanwhile, and the time until every
 * {@code StudentRegistered} event is on Kafka. Then imports the same file again, which must create
 * nothing. The rates are set against the raw store's bulk insert and the raw Kafka producer, measured
 * in the same run on the same broker and store. The table goes to standard output, progress to
 * standard error.
 *
 * <p>Exits 1 when the service jar is missing, the service does not come up or dies, an import is
 * refused or fails, a generated row is rejected, an event is missing, or the re-run creates anything;
 * 0 otherwise, also when a target is missed (that is a measurement).
 */
public final class ImportBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ImportBenchmark.class);
    private static final String LOG_DIRECTORY = "benchmarks/target/import-benchmark";
    private static final String DATABASE = "enrollment";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** One JVM on two shared cores, with an H2 file to open: generous. */
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);
    /** How long a run that should publish nothing is watched for events: many idle polls of the relay. */
    private static final Duration SETTLE = Duration.ofSeconds(5);

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        BenchmarkRunner.runAndExit("import", args, ImportBenchmarkOptions::parse, ImportBenchmark::run);
    }

    private static int run(ImportBenchmarkOptions options) throws InterruptedException {
        Path jar = ServiceJars.enrollmentServiceIn(options.home());
        double loadAtStart = loadAverage();
        Path logs = options.home().resolve(LOG_DIRECTORY);
        List<Townships.Township> townships = Townships.of(StudentFile.COUNTY);
        CountySchools schools = new CountySchools(StudentFile.COUNTY, StudentFile.COUNTY_NAME, townships,
                options.schools());
        StudentFile file = new StudentFile(StudentFile.COUNTY, townships, schools, LocalDate.now(CHINA), options.seed());
        Path csv = temporaryFile();
        try {
            long started = System.nanoTime();
            long bytes = file.write(options.kind(), options.rows(), csv);
            log.info("generated {} rows ({} MB) in {} in {} s", options.rows(), bytes / 1_000_000, csv,
                    (System.nanoTime() - started) / 1_000_000_000);
            TestIdentityProvider identityProvider = TestIdentityProvider.get();
            log.info("starting Kafka and the {} store", options.store());
            try (Infrastructure infrastructure = Infrastructure.start(options.store())) {
                RawBaselines raw = new RawBaselines(infrastructure, file, options);
                log.info("raw baseline: bulk insert of {} student documents, 3 times", options.rows());
                StageResult rawStore = raw.storeInsert();
                log.info("raw baseline: producing {} StudentRegistered records, 3 times", options.rows());
                StageResult rawKafka = raw.kafkaProduce();
                // the benchmark's consumer reads it from the start; the platform's partition count
                infrastructure.createTopic(options.kind().topic());
                List<ImportRun> runs = new ArrayList<>();
                int servicePort = ChildJvm.freePort();
                URI serviceUrl = URI.create("http://127.0.0.1:" + servicePort);
                log.info("starting enrollment-service with {}; its log: {}", options.describeServiceJvm(),
                        logs.resolve("enrollment-service.log"));
                try (ChildJvm service = ChildJvm.start("enrollment-service", serviceJvmOptions(options),
                        List.of("-jar", jar.toString()),
                        serviceEnvironment(servicePort, infrastructure, identityProvider),
                        logs.resolve("enrollment-service.log"));
                        EventCounter counter = EventCounter.start(infrastructure.kafkaBootstrap(),
                                options.kind().topic(), options.kind().createdEventType())) {
                    service.awaitHealthy(serviceUrl.resolve("/actuator/health"), STARTUP_TIMEOUT);
                    ImportApi api = new ImportApi(serviceUrl, StudentFile.COUNTY);
                    log.info("registering {} schools of county {}", options.schools(), StudentFile.COUNTY);
                    for (CountySchools.School school : schools.all()) {
                        api.registerSchool(schools.registration(school));
                    }
                    logHeap(api);
                    ImportRun first = importOnce("import", api, service, counter, csv, options);
                    runs.add(first);
                    if (first.status().completed()) {
                        runs.add(importOnce("import again (same file)", api, service, counter, csv, options));
                    }
                }
                ImportTable.Environment environment = new ImportTable.Environment(Runtime.version().toString(),
                        Runtime.getRuntime().availableProcessors(), loadAtStart, loadAverage(), bytes,
                        raw.documentBytes(), raw.recordBytes());
                ImportTable table = new ImportTable(options, environment, rawStore, rawKafka, runs);
                table.print(System.out);
                return table.failedChecks().isEmpty() ? 0 : 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the generated file " + csv, e);
        } finally {
            deleteQuietly(csv);
        }
    }

    /**
     * Uploads the file, polls the import until it has finished while the heap is sampled, then waits
     * for its created events on Kafka (or, when it created nothing, watches for a few seconds that none
     * comes).
     */
    private static ImportRun importOnce(String stage, ImportApi api, ChildJvm service, EventCounter counter, Path csv,
            ImportBenchmarkOptions options) throws InterruptedException {
        EventCounter.Count before = counter.count();
        ImportRun.Gc gcBefore = gc(api);
        log.info("[{}] uploading {}", stage, csv.getFileName());
        HeapSampler.HeapPeak heap;
        ImportStatus status;
        long start = System.nanoTime();
        long finished;
        try (HeapSampler sampler = HeapSampler.start(api)) {
            String importId = api.upload(options.kind(), csv);
            log.info("[{}] accepted as import {} after {} s", stage, importId, seconds(System.nanoTime() - start));
            status = awaitFinished(stage, api, service, importId, start, options.timeout());
            finished = System.nanoTime();
            heap = sampler.stop();
        }
        ImportRun.Gc gc = gc(api).since(gcBefore);
        log.info("[{}] {} after {} s; peak heap in use {} MB", stage, status, seconds(finished - start),
                Math.round(heap.maxUsedMegabytes()));
        long created = Math.max(0, status.created());
        EventCounter.Count after;
        if (created > 0) {
            log.info("[{}] waiting for {} {} events on Kafka", stage, created, options.kind().createdEventName());
            after = counter.awaitAtLeast(before.events() + created, finished + options.deadline().toNanos());
        } else {
            Thread.sleep(SETTLE.toMillis());
            after = counter.count();
        }
        long events = after.events() - before.events();
        Duration lastEventAfter = events > 0 ? Duration.ofNanos(after.lastSeenNanos() - start) : null;
        log.info("[{}] {} {} events seen{}", stage, events, options.kind().createdEventName(),
                lastEventAfter == null ? "" : ", the last " + seconds(lastEventAfter.toNanos()) + " s after the upload began");
        Duration elapsed = Duration.ofNanos(finished - start);
        return new ImportRun(stage, options.rows(), status, elapsed, heap, gc, events, lastEventAfter,
                events >= created);
    }

    private static ImportStatus awaitFinished(String stage, ImportApi api, ChildJvm service, String importId,
            long start, Duration timeout) throws InterruptedException {
        long giveUpAt = start + timeout.toNanos();
        long nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
        while (true) {
            if (!service.isAlive()) {
                throw new BenchmarkFailure("enrollment-service ended during the import (an OutOfMemoryError ends it: "
                        + "it runs with -XX:+ExitOnOutOfMemoryError); see " + service.logFile());
            }
            ImportStatus status = api.status(importId);
            if (status.finished()) {
                return status;
            }
            long now = System.nanoTime();
            if (now > giveUpAt) {
                throw new BenchmarkFailure("import " + importId + " had not finished after " + timeout.toSeconds()
                        + " s: " + status);
            }
            if (now > nextProgress) {
                log.info("[{}] {} s: {}", stage, seconds(now - start), status);
                nextProgress = now + PROGRESS_EVERY.toNanos();
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** Before the import: shows the -Xmx took effect, and warns early if the actuator will not answer. */
    private static void logHeap(ImportApi api) throws InterruptedException {
        OptionalDouble used = api.metric("jvm.memory.used", "area:heap", "VALUE");
        OptionalDouble max = api.metric("jvm.memory.max", "area:heap", "VALUE");
        if (used.isEmpty()) {
            log.warn("the service does not answer GET /actuator/metrics/jvm.memory.used?tag=area:heap with a platform "
                    + "administrator's token: the peak heap will be missing");
            return;
        }
        log.info("service heap before the import: {} MB in use, at most {} MB", Math.round(used.getAsDouble() / (1 << 20)),
                max.isPresent() ? Math.round(max.getAsDouble() / (1 << 20)) : "?");
    }

    private static ImportRun.Gc gc(ImportApi api) throws InterruptedException {
        OptionalDouble pauses = api.metric("jvm.gc.pause", null, "COUNT");
        OptionalDouble paused = api.metric("jvm.gc.pause", null, "TOTAL_TIME");
        return pauses.isPresent() && paused.isPresent()
                ? new ImportRun.Gc((long) pauses.getAsDouble(), paused.getAsDouble())
                : ImportRun.Gc.UNKNOWN;
    }

    /**
     * The options given, and an OutOfMemoryError ends the service: otherwise a thread that runs out of
     * heap dies alone and the import hangs until the timeout.
     */
    static List<String> serviceJvmOptions(ImportBenchmarkOptions options) {
        List<String> jvm = new ArrayList<>(options.serviceJvmOptions());
        jvm.add("-XX:+ExitOnOutOfMemoryError");
        return jvm;
    }

    /** Security on, the benchmark's broker and its store's {@value #DATABASE} database. */
    static Map<String, String> serviceEnvironment(int port, Infrastructure infrastructure,
            TestIdentityProvider identityProvider) {
        return ServiceEnvironment.secured(port, infrastructure, identityProvider, DATABASE);
    }

    private static Path temporaryFile() {
        try {
            return Files.createTempFile("eduaid-import-benchmark-", ".csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary file is not worth failing a finished run for
        }
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
