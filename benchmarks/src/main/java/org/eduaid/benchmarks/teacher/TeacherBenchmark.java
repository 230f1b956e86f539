package org.eduaid.benchmarks.teacher;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bson.Document;
import org.eduaid.benchmarks.BenchmarkFailure;
import org.eduaid.benchmarks.BenchmarkRunner;
import org.eduaid.benchmarks.ChildJvm;
import org.eduaid.benchmarks.Infrastructure;
import org.eduaid.benchmarks.RawKafkaProduce;
import org.eduaid.benchmarks.ServiceEnvironment;
import org.eduaid.contracts.Topics;
import org.eduaid.contracts.enrollment.SchoolRegistered;
import org.eduaid.kit.events.CloudEventRecords;
import org.eduaid.kit.events.EventEnveloper;
import org.eduaid.kit.events.EventJson;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.testkit.security.TestIdentityProvider;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Mono;

/**
 * {@code --benchmark=teacher}: issue 6's benchmark. On the benchmark's broker and store: the raw
 * store's bulk write of one allowance payment document per teacher (the yardstick); then the built
 * teacher-service jar, fed a province's schools as enrollment-service's events; the teachers
 * registered through the bulk API; a rotation plan proposed for some counties; and one month's
 * allowance payroll for the whole province in one run (the target: 300,000 teachers in under 60 s).
 * The table goes to standard output, progress to standard error. Exits 1 when a stage or a check fails.
 */
public final class TeacherBenchmark {

    private static final Logger log = LoggerFactory.getLogger(TeacherBenchmark.class);
    private static final String JAR = "teacher-service/target/teacher-service.jar";
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);
    private static final int CHUNK = 1_000;

    private TeacherBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        BenchmarkRunner.runAndExit("teacher", args, TeacherBenchmarkOptions::parse, TeacherBenchmark::run);
    }

    private record Row(String stage, long items, double seconds, String what) {

        double perSecond() {
            return items / seconds;
        }
    }

    private static int run(TeacherBenchmarkOptions options) throws InterruptedException {
        Path jar = options.home().resolve(JAR);
        if (!jar.toFile().isFile()) {
            System.err.println(jar + " is not built; build it with ./mvnw -q -B -DskipTests package");
            return 1;
        }
        double loadAtStart = loadAverage();
        Province province = new Province(options.provinceCode(), options.schoolsPerCounty(), options.teachers());
        log.info("province {}: {} counties, {} schools, {} teachers ({} at rural schools)", options.provinceCode(),
                province.counties().size(), province.schools().size(), options.teachers(), province.ruralTeachers());
        List<Row> rows = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        try (Infrastructure infrastructure = Infrastructure.start(options.store())) {
            rows.add(rawInsert(infrastructure, options.teachers()));
            infrastructure.createTopic(Topics.ENROLLMENT_SCHOOLS);
            infrastructure.createTopic(Topics.ENROLLMENT_STUDENTS);
            int port = ChildJvm.freePort();
            Path logFile = options.home().resolve("benchmarks/target/teacher-benchmark/teacher-service.log");
            log.info("starting teacher-service with {}; its log: {}", options.serviceJvmOptions(), logFile);
            try (ChildJvm service = ChildJvm.start("teacher-service", options.serviceJvmOptions(),
                    List.of("-jar", jar.toString()), serviceEnvironment(port, infrastructure), logFile)) {
                URI url = URI.create("http://127.0.0.1:" + port);
                service.awaitHealthy(url.resolve("/actuator/health"), STARTUP_TIMEOUT);
                TeacherApi api = new TeacherApi(url);
                feedSchools(infrastructure, province, api, service, options.timeout());
                rows.add(register(api, province, service));
                if (options.plannedCounties() > 0) {
                    rows.add(plan(api, province, options, service));
                }
                long start = System.nanoTime();
                TeacherApi.Payroll payroll = api.payroll(options.provinceCode(), options.month().toString());
                double seconds = (System.nanoTime() - start) / 1e9;
                rows.add(new Row("payroll of " + options.month() + ", province " + options.provinceCode(),
                        payroll.teachersRead(), seconds, payroll.approved() + " paid, " + payroll.totalFen() / 100 + " yuan"));
                if (payroll.approved() != province.ruralTeachers()) {
                    failed.add("the payroll paid " + payroll.approved() + " teachers, not the " + province.ruralTeachers()
                            + " at rural schools");
                }
                if (payroll.teachersRead() != options.teachers()) {
                    failed.add("the payroll read " + payroll.teachersRead() + " teachers, not " + options.teachers());
                }
            } catch (BenchmarkFailure | ChildJvm.ChildFailedException e) {
                log.error("stage failed: {}", e.getMessage());
                failed.add(e.getMessage());
            }
        }
        print(options, rows, failed, loadAtStart);
        return failed.isEmpty() ? 0 : 1;
    }

    /**
     * Security on, the benchmark's broker and store; the staffing recomputation, which reads the whole
     * registry, held back for an hour so that the stages measured are only what they say.
     */
    private static java.util.Map<String, String> serviceEnvironment(int port, Infrastructure infrastructure) {
        java.util.Map<String, String> environment = new java.util.HashMap<>(ServiceEnvironment.secured(port, infrastructure,
                TestIdentityProvider.get(), "teacher"));
        environment.put("STAFFING_RECOMPUTE_INTERVAL", "1h");
        return environment;
    }

    /** One allowance payment document per teacher, with its event in the outbox, in unordered batches. */
    private static Row rawInsert(Infrastructure infrastructure, int count) {
        MongoCollection<Document> payments = infrastructure.mongo().getDatabase("bench_raw_store")
                .getCollection("allowance_payments");
        long start = System.nanoTime();
        List<Document> batch = new ArrayList<>(CHUNK);
        for (int i = 0; i < count; i++) {
            String id = String.format("t-%026d~2026-10", i);
            batch.add(new Document("_id", id).append("teacherId", id.substring(0, 28)).append("month", "2026-10")
                    .append("schoolCode", "7001000001").append("countyCode", "150424").append("tier", "RURAL_SCHOOL")
                    .append("amountFen", 30_000L).append("payrollId", "150424~2026-10").append("state", "APPROVED")
                    .append("entries", List.of(new Document("state", "APPROVED").append("at", new java.util.Date())))
                    .append("_version", 1L)
                    .append("_outbox", List.of(new Document("id", id).append("type", "eduaid.teacher.RuralAllowanceApproved.v1")
                            .append("payload", "{\"payment\":{\"paymentId\":\"" + id + "\",\"amountFen\":30000}}"))));
            if (batch.size() == CHUNK || i == count - 1) {
                Mono.from(payments.insertMany(List.copyOf(batch), new InsertManyOptions().ordered(false))).block(Duration.ofMinutes(2));
                batch.clear();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        log.info("raw store: {} payment documents in {} s", count, String.format(Locale.ROOT, "%.1f", seconds));
        return new Row("raw store bulk insertMany", count, seconds, "payment documents with an outbox event");
    }

    private static void feedSchools(Infrastructure infrastructure, Province province, TeacherApi api, ChildJvm service,
            Duration timeout) throws InterruptedException {
        EventEnveloper enveloper = new EventEnveloper("enrollment-service", new EventJson(), Clock.systemUTC());
        TraceContext trace = TraceContext.fresh();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (Province.School school : province.schools()) {
            SchoolRegistered registered = new SchoolRegistered(school.code(), "基准学校" + school.code(), school.countyCode(),
                    school.kind(), school.rural() ? "RURAL" : "URBAN", false, Instant.parse("2020-09-01T00:00:00Z"));
            records.add(CloudEventRecords.toRecord(enveloper.envelope(school.code(), 0, List.of(registered), trace).get(0)));
        }
        try (Producer<String, byte[]> producer = new KafkaProducer<>(RawKafkaProduce.relayProducerConfig(
                infrastructure.kafkaBootstrap(), "benchmark-school-feed"))) {
            RawKafkaProduce.sendAndAwait(producer, records);
        }
        String last = province.schools().get(province.schools().size() - 1).code();
        long start = System.nanoTime();
        while (!api.knowsSchool(last)) {
            checkAlive(service);
            if (System.nanoTime() - start > timeout.toNanos()) {
                throw new BenchmarkFailure("teacher-service did not learn the schools within " + timeout);
            }
            Thread.sleep(500);
        }
        log.info("[schools] {} schools known to teacher-service", province.schools().size());
    }

    private static Row register(TeacherApi api, Province province, ChildJvm service) throws InterruptedException {
        long start = System.nanoTime();
        long registered = 0;
        List<Province.Teacher> chunk = new ArrayList<>(CHUNK);
        for (int i = 0; i < province.teacherCount(); i++) {
            chunk.add(province.teacher(i));
            if (chunk.size() == CHUNK || i == province.teacherCount() - 1) {
                registered += api.register(chunk);
                chunk.clear();
                checkAlive(service);
                if (i / CHUNK % 20 == 0) {
                    log.info("[register] {} of {} after {} s", registered, province.teacherCount(),
                            String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
                }
            }
        }
        if (registered != province.teacherCount()) {
            throw new BenchmarkFailure(registered + " teachers registered, not " + province.teacherCount());
        }
        return new Row("teachers registered (bulk API, 1,000 a request)", registered, (System.nanoTime() - start) / 1e9,
                "teachers");
    }

    private static Row plan(TeacherApi api, Province province, TeacherBenchmarkOptions options, ChildJvm service)
            throws InterruptedException {
        int counties = Math.min(options.plannedCounties(), province.counties().size());
        int year = options.month().getYear() + 1;
        String schoolYear = year + "-" + (year + 1);
        long start = System.nanoTime();
        long considered = 0;
        long rotating = 0;
        for (int i = 0; i < counties; i++) {
            TeacherApi.Plan plan = api.propose(province.counties().get(i), schoolYear);
            considered += options.teachers() / province.counties().size();
            rotating += plan.rotating();
            checkAlive(service);
        }
        return new Row("rotation plans proposed (" + counties + " counties, " + schoolYear + ")", considered,
                (System.nanoTime() - start) / 1e9, "county teachers planned; " + rotating + " rotate");
    }

    private static void checkAlive(ChildJvm service) {
        if (!service.isAlive()) {
            throw new BenchmarkFailure("teacher-service ended; see " + service.logFile());
        }
    }

    private static void print(TeacherBenchmarkOptions options, List<Row> rows, List<String> failed, double loadAtStart) {
        System.out.printf(Locale.ROOT, "# teacher: %d teachers of province %s, %d schools per county; payroll of %s%n",
                options.teachers(), options.provinceCode(), options.schoolsPerCounty(), options.month());
        System.out.printf(Locale.ROOT, "# Java %s, %d cores, load average %.2f at start and %.2f at end | service: %s | store: %s%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), loadAtStart, loadAverage(),
                String.join(" ", options.serviceJvmOptions()), options.store());
        double raw = rows.isEmpty() ? 0 : rows.get(0).perSecond();
        System.out.printf(Locale.ROOT, "%-58s %9s %9s %9s %8s  %s%n", "stage", "items", "seconds", "items/s", "vs raw", "what");
        for (Row row : rows) {
            System.out.printf(Locale.ROOT, "%-58s %9d %9.2f %9.0f %7.0f %%  %s%n", row.stage(), row.items(), row.seconds(),
                    row.perSecond(), raw == 0 ? 0 : 100 * row.perSecond() / raw, row.what());
        }
        rows.stream().filter(row -> row.stage().startsWith("payroll")).findFirst().ifPresent(payroll ->
                System.out.printf(Locale.ROOT, "target: a month's payroll for %d teachers in under 60 s: %s (%.1f s)%n",
                        payroll.items(), payroll.seconds() < 60 ? "met" : "NOT met", payroll.seconds()));
        System.out.println(failed.isEmpty() ? "checks: passed" : "checks: FAILED\n  " + String.join("\n  ", failed));
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
