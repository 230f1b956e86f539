package org.eduaid.benchmarks;

import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a benchmark's {@code main} ends: its options parsed (a bad one: the message, exit 1), the run,
 * and the JVM's exit with the run's code, 1 when the jars are missing or the run fails. Exits
 * explicitly: the broker, the store and the HTTP clients leave non-daemon threads behind.
 */
public final class BenchmarkRunner {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkRunner.class);

    private BenchmarkRunner() {
    }

    /** A benchmark's run with its options: the exit code it ends with. */
    @FunctionalInterface
    public interface Run<O> {
        int run(O options) throws InterruptedException;
    }

    /** Parses {@code args}, runs the benchmark named {@code name} ("subsidy", "import", ...) and exits. */
    public static <O> void runAndExit(String name, String[] args, Function<String[], O> parse, Run<O> run)
            throws InterruptedException {
        O options;
        try {
            options = parse.apply(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        int exitCode = exitCode(name, options, run);
        System.out.flush();
        System.exit(exitCode);
    }

    static <O> int exitCode(String name, O options, Run<O> run) throws InterruptedException {
        try {
            return run.run(options);
        } catch (ServiceJars.MissingJarsException e) {
            System.err.println(e.getMessage());
            return 1;
        } catch (BenchmarkFailure | ChildJvm.ChildFailedException e) {
            log.error("The {} benchmark failed: {}", name, e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            log.error("The " + name + " benchmark failed", e);
            return 1;
        }
    }
}
