package org.eduaid.benchmarks.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.eduaid.benchmarks.BenchmarkRunner;
import org.eduaid.benchmarks.Infrastructure;
import org.eduaid.benchmarks.ServiceJars;
import org.eduaid.testkit.security.TestCallers;
import org.eduaid.testkit.security.TestIdentityProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --benchmark=security}: what security costs a point read, {@code GET /api/enrollment/schools/{code}}
 * (the shape the student lookup will have), as a ratio to the same request with security off, measured
 * in one run on the same data: the built enrollment-service and gateway jars as child JVMs with
 * security off and with it on (the gateway and then the service validate the bearer token), each
 * through the gateway and directly at the service; one configuration after the other, or side by
 * side in alternating slices ({@link Schedule}). The personal data's cost is measured in-process and
 * added as an estimate until students exist. The table goes to standard output, progress to standard
 * error.
 *
 * <p>Exits 1 when the service jars are missing, an app does not come up, or any request is not
 * answered 200; 0 otherwise, also when the target is missed (that is a measurement).
 */
public final class SecurityCostBenchmark {

    private static final Logger log = LoggerFactory.getLogger(SecurityCostBenchmark.class);
    private static final String LOG_DIRECTORY = "benchmarks/target/security-benchmark";
    private static final Duration IDLE_WINDOW = Duration.ofSeconds(5);
    private static final String DATABASE = "enrollment";

    private SecurityCostBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        BenchmarkRunner.runAndExit("security", args, SecurityBenchmarkOptions::parse, SecurityCostBenchmark::run);
    }

    private static int run(SecurityBenchmarkOptions options) throws InterruptedException {
        ServiceJars jars = ServiceJars.in(options.home());
        double loadAtStart = SecurityRunEnvironment.loadAverage();
        Path logs = options.home().resolve(LOG_DIRECTORY);
        log.info("service JVM options: {}; app logs in {}", options.describeJavaOpts(), logs);
        TestIdentityProvider identityProvider = TestIdentityProvider.get();
        List<String> schoolCodes = SeededSchools.codes(options.schools());
        List<CaseResult> cases = new ArrayList<>();
        log.info("starting Kafka and the {} store", options.store());
        try (Infrastructure infrastructure = Infrastructure.start(options.store())) {
            DeploymentStarter starter = (mode, database) -> {
                log.info("[{}] starting enrollment-service and gateway", mode.label());
                return Deployment.start(mode, database, jars, options.javaOpts(), infrastructure, identityProvider,
                        logs);
            };
            if (options.schedule() == Schedule.SEQUENTIAL) {
                try (Deployment off = starter.start(SecurityMode.OFF, DATABASE)) {
                    seed(off, schoolCodes);
                    cases.addAll(measure(List.of(off), options, schoolCodes));
                }
                try (Deployment on = starter.start(SecurityMode.ON, DATABASE)) {
                    cases.addAll(measure(List.of(on), options, schoolCodes));
                }
            } else {
                try (Deployment off = starter.start(SecurityMode.OFF, DATABASE + "_off")) {
                    seed(off, schoolCodes);
                    try (Deployment on = starter.start(SecurityMode.ON, DATABASE + "_on")) {
                        seed(on, schoolCodes);
                        cases.addAll(measure(List.of(off, on), options, schoolCodes));
                    }
                }
            }
        }
        List<CaseResult> unanswered = cases.stream().filter(c -> c.load().answered() == 0).toList();
        if (!unanswered.isEmpty()) {
            CaseResult first = unanswered.get(0);
            log.error("[{}, {}] no request was answered; e.g. {}", first.mode().label(), first.path().label(),
                    first.load().errorSamples());
            return 1;
        }
        PersonalDataFigures personalData = measurePersonalData(options, logs);
        SecurityRunEnvironment environment = new SecurityRunEnvironment(Runtime.version().toString(),
                Runtime.getRuntime().availableProcessors(), loadAtStart, SecurityRunEnvironment.loadAverage(),
                options.describeJavaOpts(), options.store());
        SecurityCostTable table = new SecurityCostTable(options, environment, cases, personalData);
        table.print(System.out);
        return table.errors() == 0 ? 0 : 1;
    }

    private static void seed(Deployment deployment, List<String> schoolCodes) {
        log.info("[{}] registering {} schools through the gateway", deployment.mode().label(), schoolCodes.size());
        List<Map<String, Object>> registrations = IntStream.range(0, schoolCodes.size())
                .mapToObj(SeededSchools::registration).toList();
        try (LoadDriver driver = LoadDriver.open(deployment.baseUrl(RequestPath.GATEWAY), 1, schoolCodes)) {
            driver.register(registrations, token());
        }
    }

    /**
     * Measures every path of every deployment given: all warm up, then the deployments' idle CPU is
     * taken, then each case runs its slices of the duration, in an order rotated by one case per slice
     * (one slice, the whole duration, in the sequential schedule).
     */
    private static List<CaseResult> measure(List<Deployment> deployments, SecurityBenchmarkOptions options,
            List<String> schoolCodes) throws InterruptedException {
        List<MeasuredCase> cases = new ArrayList<>();
        try {
            for (Deployment deployment : deployments) {
                for (RequestPath path : RequestPath.values()) {
                    cases.add(new MeasuredCase(deployment, path, options.clients(), schoolCodes,
                            SecurityCostBenchmark::token));
                }
            }
            for (MeasuredCase measured : cases) {
                // another sequence than the measured one, so the measured run does not find it cached anywhere
                measured.warmUp(options.warmUp(), options.seed() - 1);
            }
            // what the apps burn without requests, taken after the warm-up so the JIT is done
            Map<Deployment, AppCpu> idleStart = new HashMap<>();
            deployments.forEach(deployment -> idleStart.put(deployment, deployment.cpuTime()));
            long idleStarted = System.nanoTime();
            Thread.sleep(IDLE_WINDOW.toMillis());
            Duration idleLength = Duration.ofNanos(System.nanoTime() - idleStarted);
            Map<Deployment, AppCpu> idle = new HashMap<>();
            deployments.forEach(deployment -> idle.put(deployment, deployment.cpuTime().since(idleStart.get(deployment))));
            log.info("measuring {} cases, {} slice(s) of {} s each", cases.size(), options.slices(),
                    options.slice().toSeconds());
            for (int slice = 0; slice < options.slices(); slice++) {
                for (int i = 0; i < cases.size(); i++) {
                    cases.get((slice + i) % cases.size()).measure(options.slice(), options.seed() + slice);
                }
            }
            return cases.stream().map(measured -> measured.result(idle.get(measured.deployment()), idleLength)).toList();
        } finally {
            cases.forEach(MeasuredCase::close);
        }
    }

    /**
     * A fresh token per run, well inside its ten minutes of validity. A county officer of the seeded
     * schools' county: a secured lookup passes the same scope check a student lookup will.
     */
    private static String token() {
        return TestCallers.countyOfficer(SeededSchools.COUNTY).subject("benchmark-county-officer").encode();
    }

    /** Starts one configuration's pair of apps. */
    @FunctionalInterface
    private interface DeploymentStarter {

        Deployment start(SecurityMode mode, String database) throws InterruptedException;
    }

    private static PersonalDataFigures measurePersonalData(SecurityBenchmarkOptions options, Path logs)
            throws InterruptedException {
        log.info("measuring the personal-data cost per lookup in this JVM");
        PersonalDataCost.Measurement inProcess = PersonalDataCost.measure(options.seed());
        log.info("measuring the personal-data cost per lookup in a child JVM with {}", options.describeJavaOpts());
        Optional<PersonalDataCost.Measurement> servicesJvm = PersonalDataBenchmark.inChildJvm(options.javaOpts(),
                options.seed(), logs.resolve("personal-data.log"));
        if (servicesJvm.isEmpty()) {
            log.warn("not started with java -jar: the personal-data cost is measured in this JVM only");
        }
        return new PersonalDataFigures(inProcess, PersonalDataBenchmark.jvmOptions(), servicesJvm);
    }
}
