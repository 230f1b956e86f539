package org.eduaid.benchmarks.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eduaid.benchmarks.CommandLineOption;
import org.eduaid.benchmarks.OptionValues;
import org.eduaid.benchmarks.StoreKind;

/**
 * The security benchmark's command line, {@code --name=value} each:
 *
 * @param clients  concurrent clients of the closed-loop load ({@code --clients}, 16)
 * @param warmUp   load before each measured case, not counted ({@code --warmup}, 10s)
 * @param duration measured load per case ({@code --duration}, 30s)
 * @param schools  schools seeded once and read at random ({@code --schools}, 1000)
 * @param seed     of the random choice of school, so runs read the same sequence ({@code --seed}, 42)
 * @param javaOpts options of the child JVMs ({@code --java-opts}, the launcher's defaults; split on
 *                 white space, no quoting, empty for none)
 * @param store    the store's backend ({@code --store=memory|h2}, memory)
 * @param home     the repository root, where the built jars are ({@code --home}, the working directory)
 * @param schedule {@code --schedule=sequential|interleaved} (sequential), see {@link Schedule}
 * @param slices   how many alternating slices an interleaved schedule cuts each case's {@code --duration}
 *                 into ({@code --slices}, 6)
 */
public record SecurityBenchmarkOptions(int clients, Duration warmUp, Duration duration, int schools, long seed,
        List<String> javaOpts, StoreKind store, Path home, Schedule schedule, int slices) {

    /** The launcher's defaults for its child JVMs, so the services run here as they run there. */
    public static final String DEFAULT_JAVA_OPTS = "-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

    /** A test token lives ten minutes and each run gets a fresh one; a run must end well before it expires. */
    private static final Duration LONGEST_RUN = Duration.ofMinutes(9);

    public SecurityBenchmarkOptions {
        if (clients < 1 || schools < 1) {
            throw new IllegalArgumentException("--clients and --schools must be at least 1");
        }
        if (warmUp.isNegative() || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("--duration must be positive and --warmup not negative");
        }
        if (slices < 1) {
            throw new IllegalArgumentException("--slices must be at least 1");
        }
        if (schedule == Schedule.SEQUENTIAL) {
            slices = 1;
        }
        if (slice(duration, slices).compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("each slice of --duration must be at least 1 s");
        }
        if (warmUp.compareTo(LONGEST_RUN) > 0 || slice(duration, slices).compareTo(LONGEST_RUN) > 0) {
            throw new IllegalArgumentException("--warmup and each measured run (--duration / slices) must be at most "
                    + LONGEST_RUN.toMinutes() + " minutes: the test tokens live ten");
        }
        javaOpts = List.copyOf(javaOpts);
        home = home.toAbsolutePath().normalize();
    }

    public static SecurityBenchmarkOptions parse(String... args) {
        int clients = 16;
        Duration warmUp = Duration.ofSeconds(10);
        Duration duration = Duration.ofSeconds(30);
        int schools = 1_000;
        long seed = 42;
        List<String> javaOpts = OptionValues.words(DEFAULT_JAVA_OPTS);
        StoreKind store = StoreKind.MEMORY;
        Path home = Path.of("");
        Schedule schedule = Schedule.SEQUENTIAL;
        int slices = 6;
        for (CommandLineOption option : CommandLineOption.of(args)) {
            String value = option.value();
            switch (option.name()) {
                case "--clients" -> clients = Integer.parseInt(value);
                case "--warmup" -> warmUp = option.durationValue();
                case "--duration" -> duration = option.durationValue();
                case "--schools" -> schools = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--java-opts" -> javaOpts = OptionValues.words(value);
                case "--store" -> store = StoreKind.named(value);
                case "--home" -> home = Path.of(value);
                case "--schedule" -> schedule = Schedule.named(value);
                case "--slices" -> slices = Integer.parseInt(value);
                default -> throw option.unknown("--clients, "
                        + "--warmup, --duration, --schools, --seed, --java-opts, --store=" + Arrays.toString(StoreKind.values())
                        + ", --home, --schedule=sequential|interleaved, --slices");
            }
        }
        return new SecurityBenchmarkOptions(clients, warmUp, duration, schools, seed, javaOpts, store, home, schedule,
                slices);
    }

    /** How long each measured run of a case lasts: the whole duration, or one slice of it. */
    public Duration slice() {
        return slice(duration, slices);
    }

    private static Duration slice(Duration duration, int slices) {
        return duration.dividedBy(slices);
    }


    public String describeJavaOpts() {
        return javaOpts.isEmpty() ? "(none)" : String.join(" ", javaOpts);
    }
}
