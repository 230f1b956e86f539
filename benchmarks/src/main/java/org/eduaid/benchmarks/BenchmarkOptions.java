package org.eduaid.benchmarks;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The command line: {@code --events=N} (default 50000), {@code --batch=B} (default 500),
 * {@code --store=h2|memory|both} (default both) and {@code --deadline=S} (default 45), the seconds
 * the hop gets to deliver every event before the run reports how far it got and moves on; it keeps
 * a run bounded when the hop is orders of magnitude slower than the raw stages.
 */
public record BenchmarkOptions(int events, int batch, List<StoreKind> stores, Duration hopDeadline) {

    /**
     * How often each raw stage is measured (on a fresh topic or collection each time) to report
     * the median: they take a second or two, so one hiccup of the machine would skew the yardstick.
     * Fixed, not an option, so that runs stay comparable.
     */
    public static final int RAW_REPEATS = 3;

    public BenchmarkOptions {
        if (events < 1 || batch < 1 || hopDeadline.isNegative() || hopDeadline.isZero()) {
            throw new IllegalArgumentException("--events, --batch and --deadline must be positive");
        }
        stores = List.copyOf(stores);
    }

    public static BenchmarkOptions parse(String... args) {
        int events = 50_000;
        int batch = 500;
        List<StoreKind> stores = List.of(StoreKind.values());
        Duration hopDeadline = Duration.ofSeconds(45);
        for (CommandLineOption option : CommandLineOption.of(args)) {
            switch (option.name()) {
                case "--events" -> events = Integer.parseInt(option.value());
                case "--batch" -> batch = Integer.parseInt(option.value());
                case "--store" -> stores = "both".equals(option.value()) ? List.of(StoreKind.values())
                        : List.of(StoreKind.named(option.value()));
                case "--deadline" -> hopDeadline = Duration.ofSeconds(Long.parseLong(option.value()));
                default -> throw option.unknown(
                        "--events, --batch, --store=" + Arrays.toString(StoreKind.values()) + "|both, --deadline");
            }
        }
        return new BenchmarkOptions(events, batch, stores, hopDeadline);
    }

    /**
     * How many events warm a stage up before it is measured: 5 % of the run, and at least one
     * batch, so that connections, JIT and Kafka metadata are in place when the clock starts.
     */
    public int warmUpEvents() {
        return Math.max(batch, events / 20);
    }
}
