package org.eduaid.benchmarks.security;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eduaid.benchmarks.ChildJvm;

/**
 * {@code --benchmark=personal-data}: the CPU cost of a student lookup's personal data (see
 * {@link PersonalDataCost}) in this JVM, under whatever options it was started with. The security
 * benchmark runs it once in its own JVM and once as a child with the services' JVM options: with
 * {@code -XX:TieredStopAtLevel=1} (no C2 compiler) AES-GCM and HMAC run several times slower.
 * Prints a result line a parent can read: {@code personal-data ns-per-lookup <median> fastest <n> slowest <n>}.
 */
public final class PersonalDataBenchmark {

    private static final Pattern RESULT = Pattern.compile(
            "personal-data ns-per-lookup (\\d+) fastest (\\d+) slowest (\\d+)");
    private static final Duration CHILD_TIMEOUT = Duration.ofMinutes(5);

    private PersonalDataBenchmark() {
    }

    /** Options: {@code --seed=N} (default 42) for the generated records. */
    public static void main(String[] args) {
        long seed = 42;
        for (String arg : args) {
            if (!arg.startsWith("--seed=")) {
                System.err.println("unknown option " + arg + "; known: --seed=N");
                System.exit(2);
            }
            seed = Long.parseLong(arg.substring("--seed=".length()));
        }
        PersonalDataCost.Measurement result = PersonalDataCost.measure(seed);
        System.out.printf("# personal data per student lookup: blind index of the ID number (HMAC-SHA256) + %d field "
                + "decryptions (AES-256-GCM); median of %d rounds of %d lookups after %d warm-up rounds%n", 5,
                PersonalDataCost.TIMED_ROUNDS, PersonalDataCost.LOOKUPS_PER_ROUND, PersonalDataCost.WARM_UP_ROUNDS);
        System.out.printf("# Java %s, JVM options: %s%n", Runtime.version(), jvmOptions());
        System.out.println(line(result));
    }

    static String line(PersonalDataCost.Measurement result) {
        return "personal-data ns-per-lookup " + result.medianNanos() + " fastest " + result.fastestNanos() + " slowest "
                + result.slowestNanos();
    }

    /** Reads the result line out of a run's output. */
    static Optional<PersonalDataCost.Measurement> parse(List<String> output) {
        for (String line : output) {
            Matcher matcher = RESULT.matcher(line.strip());
            if (matcher.matches()) {
                return Optional.of(new PersonalDataCost.Measurement(Long.parseLong(matcher.group(1)),
                        Long.parseLong(matcher.group(2)), Long.parseLong(matcher.group(3))));
            }
        }
        return Optional.empty();
    }

    static String jvmOptions() {
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        return options.isEmpty() ? "(none)" : String.join(" ", options);
    }

    /**
     * Runs this benchmark in a child JVM with {@code javaOpts}, from the jar this JVM was started with.
     *
     * @return empty when this JVM was not started with {@code -jar} (from an IDE, say)
     * @throws IllegalStateException when the child fails
     */
    static Optional<PersonalDataCost.Measurement> inChildJvm(List<String> javaOpts, long seed, Path logFile)
            throws InterruptedException {
        Optional<Path> ownJar = ownJar();
        if (ownJar.isEmpty()) {
            return Optional.empty();
        }
        List<String> arguments = new ArrayList<>(List.of("-jar", ownJar.get().toString(), "--benchmark=personal-data",
                "--seed=" + seed));
        ChildJvm child = ChildJvm.start("personal-data benchmark", javaOpts, arguments, Map.of(), logFile);
        int exit = child.awaitExit(CHILD_TIMEOUT);
        List<String> output;
        try {
            output = Files.readAllLines(logFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("could not read " + logFile, e);
        }
        Optional<PersonalDataCost.Measurement> result = parse(output);
        if (exit != 0 || result.isEmpty()) {
            throw new IllegalStateException("the personal-data benchmark in a child JVM failed (exit code " + exit
                    + "); see " + logFile);
        }
        return result;
    }

    private static Optional<Path> ownJar() {
        String classPath = System.getProperty("java.class.path", "");
        if (!classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }
}
