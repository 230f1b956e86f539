package org.eduaid.benchmarks.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One case of the table, a configuration and a path, while it is being measured: its own load driver
 * (so its connections stay open between its runs), its warm-up, and its measured runs with the CPU
 * time its deployment spent on each, which may be one run or the slices of an interleaved schedule.
 */
final class MeasuredCase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MeasuredCase.class);

    private final Deployment deployment;
    private final RequestPath path;
    private final Supplier<String> tokens;
    private final LoadDriver driver;
    private final List<LoadResult> runs = new ArrayList<>();
    private AppCpu busy = new AppCpu(Duration.ZERO, Duration.ZERO);
    private LoadResult warmUp;

    MeasuredCase(Deployment deployment, RequestPath path, int clients, List<String> schoolCodes,
            Supplier<String> tokens) {
        this.deployment = deployment;
        this.path = path;
        this.tokens = tokens;
        this.driver = LoadDriver.open(deployment.baseUrl(path), clients, schoolCodes);
    }

    Deployment deployment() {
        return deployment;
    }

    String label() {
        return deployment.mode().label() + ", " + path.label();
    }

    /** Load that is not counted: it opens the connections, compiles the code paths and fetches the keys. */
    void warmUp(Duration length, long seed) {
        if (length.isZero()) {
            return;
        }
        log.info("[{}] warming up for {} s", label(), length.toSeconds());
        warmUp = driver.run(length, seed, tokens.get());
    }

    void measure(Duration length, long seed) {
        AppCpu before = deployment.cpuTime();
        LoadResult run = driver.run(length, seed, tokens.get());
        busy = busy.plus(deployment.cpuTime().since(before));
        runs.add(run);
        log.info("[{}] {} s: {} requests/s, {} errors", label(), length.toSeconds(), Math.round(run.perSecond()),
                run.errors());
    }

    /** The runs as one result, their CPU per request net of what the deployment spends idle. */
    CaseResult result(AppCpu idle, Duration idleLength) {
        LoadResult load = LoadResult.merge(runs);
        AppCpu perRequest = load.answered() == 0 ? busy
                : busy.perRequest(load.answered(), load.elapsed(), idle, idleLength);
        return new CaseResult(deployment.mode(), path, load, perRequest, idle.share(idleLength),
                warmUp == null ? 0 : warmUp.errors(), warmUp == null ? List.of() : warmUp.errorSamples());
    }

    @Override
    public void close() {
        driver.close();
    }
}
