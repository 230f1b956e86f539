package org.eduaid.benchmarks.subsidy;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.eduaid.benchmarks.BenchmarkFailure;
import org.eduaid.benchmarks.BenchmarkRunner;
import org.eduaid.benchmarks.ChildJvm;
import org.eduaid.benchmarks.Infrastructure;
import org.eduaid.benchmarks.ServiceEnvironment;
import org.eduaid.benchmarks.ServiceJars;
import org.eduaid.benchmarks.StageResult;
import org.eduaid.contracts.Topics;
import org.eduaid.testkit.security.TestIdentityProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --benchmark=subsidy}: issue 5's benchmark. On the benchmark's embedded broker and store:
 * the raw store's bulk write of as many payment documents as the batch will seal (the yardstick);
 * then the built subsidy-service jar as a child JVM with security on, fed what enrollment-service
 * would publish for 200,833 registered-poor students of one county, straight onto Kafka, until its
 * consumer group has no lag (students/s); a new programme (a boarding living allowance for the
 * county's 100,000 boarding compulsory students) defined through the API, which re-evaluates every
 * student (students/s); the county's bulk review, the public notice published and closed (0 working
 * days), and the term's batch sealed (payments/s; the target: under 60 s). The table goes to
 * standard output, progress to standard error.
 *
 * <p>Exits 1 when the jar is missing, the service does not come up or dies, a stage fails or a check
 * fails (the table then shows the stages that ran); 0 otherwise, also when the target is missed.
 */
public final class SubsidyBenchmark {

    /** subsidy-service's consumer groups (its application.yml): Kafka's side, not the HTTP API's. */
    static final String SCHOOLS_GROUP = "subsidy-school-directory";
    static final String STUDENTS_GROUP = "subsidy-students";

    private static final Logger log = LoggerFactory.getLogger(SubsidyBenchmark.class);
    private static final String LOG_DIRECTORY = "benchmarks/target/subsidy-benchmark";
    private static final String DATABASE = "subsidy";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);
    /** How long the count of submitted applications may stand still before the review starts anyway. */
    private static final Duration APPLICATIONS_SETTLE = Duration.ofSeconds(15);
    /** The new programme's standards: national boarding living allowance, 1,000 and 1,250 yuan a year, per term. */
    static final long PRIMARY_TERM_FEN = 50_000;
    static final long JUNIOR_TERM_FEN = 62_500;

    private SubsidyBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        BenchmarkRunner.runAndExit("subsidy", args, SubsidyBenchmarkOptions::parse, SubsidyBenchmark::run);
    }

    private static int run(SubsidyBenchmarkOptions options) throws InterruptedException {
        Path jar = options.withService() ? ServiceJars.subsidyServiceIn(options.home()) : null;
        double loadAtStart = loadAverage();
        SchoolTerm term = SchoolTerm.containing(LocalDate.now(CHINA));
        AidPopulation population = AidPopulation.of(options.students(), options.boarders());
        FeedSchools schools = new FeedSchools(options.countyCode());
        PoorStudents students = new PoorStudents(options.countyCode(), population, schools, term.startYear(),
                options.seed());
        log.info("term {}; {} students: {}", term.id(), population.size(), population.cohorts());
        log.info("starting Kafka and the {} store", options.store());
        try (Infrastructure infrastructure = Infrastructure.start(options.store())) {
            RawPaymentInsert raw = new RawPaymentInsert(infrastructure, options.countyCode(), term.id(),
                    options.boarders(), options.batch());
            log.info("raw store: bulk insert of {} payment documents, 3 times", options.boarders());
            StageResult rawStore = raw.run();
            infrastructure.createTopic(Topics.ENROLLMENT_SCHOOLS);
            infrastructure.createTopic(Topics.ENROLLMENT_STUDENTS);
            List<SubsidyTable.Row> rows = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            Optional<StageResult> seal = Optional.empty();
            Path logs = options.home().resolve(LOG_DIRECTORY);
            int port = ChildJvm.freePort();
            try (ConsumerLag lag = new ConsumerLag(infrastructure.kafkaBootstrap());
                    EnrollmentFeed feed = new EnrollmentFeed(infrastructure.kafkaBootstrap(), Clock.systemUTC());
                    ChildJvm service = jar == null ? null : startService(options, jar, port, infrastructure, logs);
                    StandInConsumer schoolsStandIn = jar != null ? null : StandInConsumer.start(
                            infrastructure.kafkaBootstrap(), SCHOOLS_GROUP, Topics.ENROLLMENT_SCHOOLS);
                    StandInConsumer studentsStandIn = jar != null ? null : StandInConsumer.start(
                            infrastructure.kafkaBootstrap(), STUDENTS_GROUP, Topics.ENROLLMENT_STUDENTS)) {
                BooleanSupplier alive = service != null ? service::isAlive
                        : () -> schoolsStandIn.isAlive() && studentsStandIn.isAlive();
                URI serviceUrl = URI.create("http://127.0.0.1:" + port);
                if (service != null) {
                    service.awaitHealthy(serviceUrl.resolve("/actuator/health"), STARTUP_TIMEOUT);
                }
                lag.awaitJoined(SCHOOLS_GROUP, STARTUP_TIMEOUT, alive);
                lag.awaitJoined(STUDENTS_GROUP, STARTUP_TIMEOUT, alive);
                rows.add(ingest(options, feed, lag, alive, schools, students));
                if (studentsStandIn != null && studentsStandIn.records() != 2L * students.size()) {
                    failed.add("the stand-in consumer read " + studentsStandIn.records() + " student records, not "
                            + 2L * students.size());
                }
                if (service != null) {
                    seal = serviceStages(options, new SubsidyApi(serviceUrl, options.countyCode()), service, term,
                            population, rows, failed);
                }
            } catch (BenchmarkFailure | ChildJvm.ChildFailedException e) {
                log.error("stage failed: {}", e.getMessage());
                failed.add(e.getMessage());
            }
            SubsidyTable.Environment environment = new SubsidyTable.Environment(Runtime.version().toString(),
                    Runtime.getRuntime().availableProcessors(), loadAtStart, loadAverage(), term.id(),
                    raw.documentBytes());
            new SubsidyTable(options, environment, rawStore, rows, seal, failed).print(System.out);
            return failed.isEmpty() ? 0 : 1;
        }
    }

    private static ChildJvm startService(SubsidyBenchmarkOptions options, Path jar, int port,
            Infrastructure infrastructure, Path logs) {
        log.info("starting subsidy-service with {}; its log: {}", options.describeServiceJvm(),
                logs.resolve("subsidy-service.log"));
        return ChildJvm.start("subsidy-service", options.serviceJvmOptions(), List.of("-jar", jar.toString()),
                serviceEnvironment(port, infrastructure, TestIdentityProvider.get()), logs.resolve("subsidy-service.log"));
    }

    /** Security on, the benchmark's broker and store, and a notice that may close at once. */
    static Map<String, String> serviceEnvironment(int port, Infrastructure infrastructure,
            TestIdentityProvider identityProvider) {
        Map<String, String> environment = new HashMap<>(ServiceEnvironment.secured(port, infrastructure,
                identityProvider, DATABASE));
        environment.put("NOTICE_WORKING_DAYS", "0");
        return environment;
    }

    /** The schools, then the students, each until the service's consumer group has caught up. */
    private static SubsidyTable.Row ingest(SubsidyBenchmarkOptions options, EnrollmentFeed feed, ConsumerLag lag,
            BooleanSupplier alive, FeedSchools schools, PoorStudents students) throws InterruptedException {
        int schoolRecords = feed.sendSchools(schools.all());
        lag.awaitNoLag(SCHOOLS_GROUP, Topics.ENROLLMENT_SCHOOLS, options.timeout(), alive,
                behind -> log.info("[schools] {} records behind", behind), PROGRESS_EVERY);
        log.info("[schools] {} SchoolRegistered consumed; feeding {} students", schoolRecords, students.size());
        long start = System.nanoTime();
        long records = feed.sendStudents(students);
        log.info("[ingest] {} records on Kafka after {} s", records, seconds(System.nanoTime() - start));
        long done = lag.awaitNoLag(STUDENTS_GROUP, Topics.ENROLLMENT_STUDENTS, options.timeout(), alive,
                behind -> log.info("[ingest] {} s: {} records behind", seconds(System.nanoTime() - start), behind),
                PROGRESS_EVERY);
        StageResult result = StageResult.of("ingest: enrollment events until no lag", students.size(), done - start);
        log.info("[ingest] {} students in {} s", students.size(), seconds(done - start));
        return new SubsidyTable.Row(result, "students (" + records + " events)");
    }

    /** The catalogue change to the sealed batch; returns the seal's stage. */
    private static Optional<StageResult> serviceStages(SubsidyBenchmarkOptions options, SubsidyApi api,
            ChildJvm service, SchoolTerm term, AidPopulation population, List<SubsidyTable.Row> rows,
            List<String> failed) throws InterruptedException {
        String county = options.countyCode();
        String programme = "BENCH-BOARDING-" + county;
        String schoolYear = term.schoolYear();

        log.info("[catalogue] defining {} as a province officer", programme);
        long start = System.nanoTime();
        String runId = api.defineProgramme(SubsidyApi.boardingAllowance(programme, county, term.firstDay(),
                PRIMARY_TERM_FEN, JUNIOR_TERM_FEN));
        if (runId == null) {
            log.info("[catalogue] the definition names no re-evaluation; starting one");
            runId = api.startReevaluation("benchmark: " + programme + " defined");
        }
        SubsidyApi.Reevaluation run = awaitReevaluation(api, service, runId, start, options.timeout());
        long elapsed = System.nanoTime() - start;
        rows.add(new SubsidyTable.Row(StageResult.of("re-evaluation after the catalogue change", (int) run.total(),
                elapsed), "students (" + run.changed() + " changed)"));
        if (run.total() != options.students()) {
            failed.add("the re-evaluation covered " + run.total() + " students, not the " + options.students() + " fed");
        }

        long submitted = awaitApplications(api, service, county, programme, schoolYear, options.boarders(),
                options.timeout());
        if (submitted != options.boarders()) {
            failed.add(submitted + " applications were put forward for " + programme + ", not " + options.boarders());
        }
        api.setBudget(county, programme, term.budgetYear(), (long) options.boarders() * JUNIOR_TERM_FEN * 2);

        log.info("[review] accepting every application of {} as the county officer", programme);
        start = System.nanoTime();
        SubsidyApi.BulkReview review = api.acceptAll(county, programme, schoolYear);
        rows.add(new SubsidyTable.Row(StageResult.of("county review (bulk, all accepted)", (int) review.reviewed(),
                System.nanoTime() - start), "applications (" + review.skipped() + " skipped)"));
        if (review.reviewed() != options.boarders()) {
            failed.add("the bulk review accepted " + review.reviewed() + ", not " + options.boarders());
        }

        log.info("[notice] publishing");
        start = System.nanoTime();
        SubsidyApi.Notice notice = api.publishNotice(county, programme, schoolYear);
        notice = awaitNotice(api, service, notice, false, start, options.timeout());
        rows.add(new SubsidyTable.Row(StageResult.of("notice published", (int) review.reviewed(),
                System.nanoTime() - start), "applications (notice " + notice.id() + ")"));
        log.info("[notice] closing {} (0 working days)", notice.id());
        start = System.nanoTime();
        notice = awaitNotice(api, service, api.closeNotice(notice.id()), true, start, options.timeout());
        long closed = System.nanoTime() - start;
        long approved = api.applications(county, programme, schoolYear, "APPROVED");
        rows.add(new SubsidyTable.Row(StageResult.of("notice closed: approved", (int) approved, closed),
                "applications"));
        if (approved != options.boarders()) {
            failed.add(approved + " applications approved after the notice, not " + options.boarders());
        }

        SubsidyApi.Batch batch = api.createBatch(county, programme, term.id());
        log.info("[batch] sealing {} (version {})", batch.id(), batch.version());
        start = System.nanoTime();
        SubsidyApi.Batch sealed = api.seal(batch);
        while (sealed.sealing()) {
            checkAlive(service);
            checkTimeout("the seal of " + batch.id(), start, options.timeout());
            Thread.sleep(POLL.toMillis());
            sealed = api.batch(batch.id());
        }
        StageResult seal = StageResult.of("batch sealed (Idempotency-Key)", (int) sealed.payments(),
                System.nanoTime() - start);
        rows.add(new SubsidyTable.Row(seal, "payments (" + sealed.held() + " held)"));
        log.info("[batch] {} {} payments, {} held, {} fen, in {} s", sealed.state(), sealed.payments(), sealed.held(),
                sealed.totalFen(), seconds(seal.elapsed().toNanos()));
        long expectedFen = population.cohorts().stream().filter(AidPopulation.Cohort::boarding)
                .mapToLong(cohort -> cohort.count()
                        * (cohort.stage() == AidStage.PRIMARY ? PRIMARY_TERM_FEN : JUNIOR_TERM_FEN)).sum();
        if (!sealed.sealed()) {
            failed.add("the batch is " + sealed.state() + " after the seal, not SEALED");
        }
        if (sealed.payments() != options.boarders() || sealed.totalFen() != expectedFen) {
            failed.add(String.format(Locale.ROOT, "the batch pays %d students %d fen, expected %d students %d fen",
                    sealed.payments(), sealed.totalFen(), options.boarders(), expectedFen));
        }
        return Optional.of(seal);
    }

    private static SubsidyApi.Reevaluation awaitReevaluation(SubsidyApi api, ChildJvm service, String runId, long start,
            Duration timeout) throws InterruptedException {
        long nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
        while (true) {
            SubsidyApi.Reevaluation run = api.reevaluation(runId);
            if (run.done()) {
                log.info("[catalogue] re-evaluation {} done: {}", runId, run);
                return run;
            }
            if (run.failed()) {
                throw new BenchmarkFailure("re-evaluation " + runId + " failed: " + run.failure());
            }
            checkAlive(service);
            checkTimeout("re-evaluation " + runId, start, timeout);
            if (System.nanoTime() > nextProgress) {
                log.info("[catalogue] {} s: {}", seconds(System.nanoTime() - start), run);
                nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /**
     * Waits until the programme's submitted applications number {@code expected}, or their count has
     * stood still for a while: putting them forward may trail the re-evaluation run.
     */
    private static long awaitApplications(SubsidyApi api, ChildJvm service, String county, String programme,
            String schoolYear, long expected, Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        long last = -1;
        long lastChange = start;
        while (true) {
            long submitted = api.applications(county, programme, schoolYear, "SUBMITTED");
            long now = System.nanoTime();
            if (submitted != last) {
                last = submitted;
                lastChange = now;
            }
            if (submitted >= expected || now - lastChange > APPLICATIONS_SETTLE.toNanos()) {
                log.info("[catalogue] {} applications submitted for {}", submitted, programme);
                return submitted;
            }
            checkAlive(service);
            checkTimeout("the applications for " + programme, start, timeout);
            Thread.sleep(POLL.toMillis() * 4);
        }
    }

    private static SubsidyApi.Notice awaitNotice(SubsidyApi api, ChildJvm service, SubsidyApi.Notice notice,
            boolean untilClosed, long start, Duration timeout) throws InterruptedException {
        SubsidyApi.Notice now = notice;
        while (now.busy() || untilClosed && !now.closed()) {
            checkAlive(service);
            checkTimeout("notice " + notice.id(), start, timeout);
            Thread.sleep(POLL.toMillis());
            now = api.notice(notice.id());
        }
        return now;
    }

    private static void checkAlive(ChildJvm service) {
        if (!service.isAlive()) {
            throw new BenchmarkFailure("subsidy-service ended (an OutOfMemoryError ends it: it runs with "
                    + "-XX:+ExitOnOutOfMemoryError); see " + service.logFile());
        }
    }

    private static void checkTimeout(String what, long start, Duration timeout) {
        if (System.nanoTime() - start > timeout.toNanos()) {
            throw new BenchmarkFailure(what + " had not finished after " + timeout.toSeconds() + " s");
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
