package org.eduaid.benchmarks.security;

import java.io.PrintStream;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Prints the run: a header with what was measured and on what, one row per configuration and path,
 * the estimated rows with personal data, then the personal-data cost, the gateway's share, the
 * verdict against the target and any errors.
 */
final class SecurityCostTable {

    private static final String ROW = "%-40s %-8s %10s %8s %8s %8s %18s %11s %11s %11s %9s %7s";
    private static final String ESTIMATE = "security on + personal data (estimate)*";

    private final SecurityBenchmarkOptions options;
    private final SecurityRunEnvironment environment;
    private final List<CaseResult> cases;
    private final PersonalDataFigures personalData;

    SecurityCostTable(SecurityBenchmarkOptions options, SecurityRunEnvironment environment, List<CaseResult> cases,
            PersonalDataFigures personalData) {
        this.options = options;
        this.environment = environment;
        this.cases = List.copyOf(cases);
        this.personalData = personalData;
    }

    void print(PrintStream out) {
        out.printf(Locale.ROOT, "# security cost of a point read: GET %s/{code}, a random one (seed %d) of %d schools of "
                + "county %s; %d clients in a closed loop, HTTP/1.1 keep-alive; %d s warm-up + %d s measured per case, %s%n",
                LoadDriver.SCHOOLS, options.seed(), options.schools(), SeededSchools.COUNTY, options.clients(),
                options.warmUp().toSeconds(), options.duration().toSeconds(), schedule());
        out.println("# security off: EDUAID_SECURITY_ENABLED=false on gateway and service | security on: the bearer "
                + "token (RS256, county officer) validated by the gateway, then again by the service; gateway rate "
                + "limit off; both send the same token");
        out.printf(Locale.ROOT, "# %s%n", environment.describe());
        out.println(String.format(Locale.ROOT, ROW, "configuration", "path", "requests/s", "p50 ms", "p99 ms", "max ms",
                "throughput vs off", "p99 vs off", "CPU ms/req", "CPU vs off", "requests", "errors").stripTrailing());
        for (CaseResult result : cases) {
            out.println(row(result.mode().label(), result.path(), Figures.measured(result), offFigures(result.path()),
                    String.valueOf(result.load().answered()), String.valueOf(result.errors())));
        }
        for (RequestPath path : RequestPath.values()) {
            out.println(row(ESTIMATE, path, estimate(path), offFigures(path), "", ""));
        }
        out.println();
        out.printf(Locale.ROOT, "* estimate until students exist: the measured security-on row plus %s of personal-data "
                + "work per lookup on p50, p99 and CPU; requests/s scaled by mean latency / (mean latency + that work)%n",
                micros(personalData.perLookupNanos()));
        out.println(String.format(Locale.ROOT, "CPU ms/req: CPU time of the JVMs on the path (gateway + service, or the "
                + "service alone) per request, as the operating system counts it, less their idle CPU (measured for a few "
                + "seconds before each case: gateway %s, service %s of one core)", idleRange(AppCpu.CpuShare::gateway),
                idleRange(AppCpu.CpuShare::service)));
        out.println(cpuSplit());
        out.println(personalDataLine());
        out.println(gatewayShare(SecurityMode.OFF));
        out.println(gatewayShare(SecurityMode.ON));
        if (environment.busy()) {
            out.printf(Locale.ROOT, "noise: the machine was busier than its %d cores (see the load averages): latencies "
                    + "include time spent waiting for a core, and p99 most of all; CPU ms/req is the steadier measure of "
                    + "cost%n", environment.cores());
        }
        out.println("verdict (target: security at most " + Verdict.TARGET + "x security off, through the gateway): "
                + "security on (measured): " + Verdict.of(measured(SecurityMode.ON, RequestPath.GATEWAY),
                        offFigures(RequestPath.GATEWAY)).describe()
                + " | with personal data (estimate): " + Verdict.of(estimate(RequestPath.GATEWAY),
                        offFigures(RequestPath.GATEWAY)).describe());
        long errors = errors();
        if (errors > 0) {
            out.println("FAILED: " + errors + " requests were not answered 200 with the school asked for, e.g. "
                    + cases.stream().flatMap(c -> c.load().errorSamples().stream()).findFirst()
                            .or(() -> cases.stream().flatMap(c -> c.warmUpErrorSamples().stream()).findFirst())
                            .orElse("?"));
        }
    }

    private String idleRange(ToDoubleFunction<AppCpu.CpuShare> app) {
        DoubleSummaryStatistics shares = cases.stream().map(CaseResult::idleCpu).mapToDouble(app)
                .summaryStatistics();
        return String.format(Locale.ROOT, "%.1f-%.1f %%", shares.getMin() * 100, shares.getMax() * 100);
    }

    private String schedule() {
        return options.schedule() == Schedule.SEQUENTIAL ? "sequential schedule (security off, then on)"
                : String.format(Locale.ROOT, "interleaved schedule (both configurations side by side, %d alternating "
                        + "slices of %d s)", options.slices(), options.slice().toSeconds());
    }

    long errors() {
        return cases.stream().mapToLong(CaseResult::errors).sum();
    }

    private String personalDataLine() {
        String services = personalData.servicesJvm()
                .map(m -> String.format(Locale.ROOT, "%s with the services' JVM options (rounds %s to %s)",
                        micros(m.medianNanos()), micros(m.fastestNanos()), micros(m.slowestNanos())))
                .orElse("not measured with the services' JVM options (run from the jar for that)");
        PersonalDataCost.Measurement inProcess = personalData.benchmarkJvm();
        Figures secured = measured(SecurityMode.ON, RequestPath.GATEWAY);
        return String.format(Locale.ROOT, "personal data per lookup (blind index of the ID number + 5 field decryptions, "
                + "AES-256-GCM): %s; %s in the benchmark's JVM, options %s (rounds %s to %s); adds %.2f %% to security "
                + "on's p50 through the gateway (%s ms)", services, micros(inProcess.medianNanos()),
                personalData.benchmarkJvmOptions(), micros(inProcess.fastestNanos()), micros(inProcess.slowestNanos()),
                100.0 * personalData.perLookupNanos() / 1_000 / secured.p50Micros(), millis(secured.p50Micros()));
    }

    private String cpuSplit() {
        CaseResult off = find(SecurityMode.OFF, RequestPath.GATEWAY);
        CaseResult on = find(SecurityMode.ON, RequestPath.GATEWAY);
        return String.format(Locale.ROOT, "CPU per request through the gateway, security off: gateway %.3f ms + service "
                + "%.3f ms; security on: gateway %.3f ms + service %.3f ms", off.cpuPerRequest().gatewayMicros() / 1_000,
                off.cpuPerRequest().serviceMicros() / 1_000, on.cpuPerRequest().gatewayMicros() / 1_000,
                on.cpuPerRequest().serviceMicros() / 1_000);
    }

    private String gatewayShare(SecurityMode mode) {
        Figures gateway = measured(mode, RequestPath.GATEWAY);
        Figures direct = measured(mode, RequestPath.DIRECT);
        return String.format(Locale.ROOT, "gateway's share, %s: p50 %+.2f ms, p99 %.2fx, throughput %.2fx, CPU per "
                + "request %.2fx of the direct request", mode.label(), (gateway.p50Micros() - direct.p50Micros()) / 1_000.0,
                gateway.p99Vs(direct), gateway.throughputVs(direct), gateway.cpuVs(direct));
    }

    private Figures estimate(RequestPath path) {
        CaseResult secured = find(SecurityMode.ON, path);
        return Figures.measured(secured).withAddedWork(secured.load().latency().meanMicros(),
                personalData.perLookupNanos());
    }

    private Figures offFigures(RequestPath path) {
        return measured(SecurityMode.OFF, path);
    }

    private Figures measured(SecurityMode mode, RequestPath path) {
        return Figures.measured(find(mode, path));
    }

    private CaseResult find(SecurityMode mode, RequestPath path) {
        return cases.stream().filter(c -> c.mode() == mode && c.path() == path).findFirst()
                .orElseThrow(() -> new IllegalStateException("no result for " + mode.label() + ", " + path.label()));
    }

    private static String row(String configuration, RequestPath path, Figures figures, Figures off, String requests,
            String errors) {
        return String.format(Locale.ROOT, ROW, configuration, path.label(), decimal(figures.perSecond(), 1),
                millis(figures.p50Micros()), millis(figures.p99Micros()),
                figures.maxMicros().isPresent() ? millis(figures.maxMicros().getAsLong()) : "-",
                ratio(figures.throughputVs(off)), ratio(figures.p99Vs(off)), decimal(figures.cpuMicrosPerRequest() / 1_000, 3),
                ratio(figures.cpuVs(off)), requests, errors).stripTrailing();
    }

    private static String ratio(double value) {
        return decimal(value, 2) + "x";
    }

    private static String millis(long micros) {
        return decimal(micros / 1_000.0, 2);
    }

    private static String micros(long nanos) {
        return decimal(nanos / 1_000.0, 1) + " us";
    }

    private static String decimal(double value, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", value);
    }
}
