package org.eduaid.benchmarks.importing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eduaid.benchmarks.CommandLineOption;
import org.eduaid.benchmarks.OptionValues;
import org.eduaid.benchmarks.ServiceJvmOptions;
import org.eduaid.benchmarks.StoreKind;

/**
 * The import benchmark's command line, {@code --name=value} each:
 *
 * @param rows        rows of the generated file ({@code --rows}, 200833: Shandong's registered-poor students)
 * @param kind        {@code --kind=students|roster} (students): the endpoint the file goes to
 * @param store       the store's backend ({@code --store=h2|memory}, h2: the embedded launcher's store)
 * @param serviceHeap the service's {@code -Xmx} ({@code --service-heap}, 512m: the target's bound)
 * @param javaOpts    the service JVM's other options ({@code --java-opts}, the launcher's
 *                    {@code -XX:+UseSerialGC -XX:TieredStopAtLevel=1}; split on white space)
 * @param schools     schools of the county registered before the import ({@code --schools}, 100)
 * @param seed        of the generated file ({@code --seed}, 42)
 * @param batch       documents per {@code insertMany} of the raw store baseline ({@code --batch}, 500,
 *                    as {@code AggregateStore.insertAll})
 * @param timeout     how long an import may take before the run gives up ({@code --timeout}, 30m)
 * @param deadline    how long after an import completed its events may take to be on Kafka
 *                    ({@code --deadline}, 5m)
 * @param home        the repository root, where the built jar is ({@code --home}, the working directory)
 */
public record ImportBenchmarkOptions(int rows, ImportKind kind, StoreKind store, String serviceHeap,
        List<String> javaOpts, int schools, long seed, int batch, Duration timeout, Duration deadline, Path home) {

    public static final int DEFAULT_ROWS = 200_833;

    public ImportBenchmarkOptions {
        if (rows < 1 || schools < 2 || batch < 1) {
            throw new IllegalArgumentException("--rows and --batch must be positive, --schools at least 2");
        }
        ServiceJvmOptions.check(serviceHeap, javaOpts);
        if (timeout.isZero() || timeout.isNegative() || deadline.isNegative()) {
            throw new IllegalArgumentException("--timeout must be positive and --deadline not negative");
        }
        javaOpts = List.copyOf(javaOpts);
        home = home.toAbsolutePath().normalize();
    }

    public static ImportBenchmarkOptions parse(String... args) {
        int rows = DEFAULT_ROWS;
        ImportKind kind = ImportKind.STUDENTS;
        StoreKind store = StoreKind.H2;
        String serviceHeap = "512m";
        List<String> javaOpts = OptionValues.words(ServiceJvmOptions.DEFAULT_JAVA_OPTS);
        int schools = 100;
        long seed = 42;
        int batch = 500;
        Duration timeout = Duration.ofMinutes(30);
        Duration deadline = Duration.ofMinutes(5);
        Path home = Path.of("");
        for (CommandLineOption option : CommandLineOption.of(args)) {
            String value = option.value();
            switch (option.name()) {
                case "--rows" -> rows = Integer.parseInt(value.replace("_", ""));
                case "--kind" -> kind = ImportKind.named(value);
                case "--store" -> store = StoreKind.named(value);
                case "--service-heap" -> serviceHeap = value;
                case "--java-opts" -> javaOpts = OptionValues.words(value);
                case "--schools" -> schools = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--batch" -> batch = Integer.parseInt(value);
                case "--timeout" -> timeout = option.durationValue();
                case "--deadline" -> deadline = option.durationValue();
                case "--home" -> home = Path.of(value);
                default -> throw option.unknown("--rows, "
                        + "--kind=students|roster, --store=h2|memory, --service-heap, --java-opts, --schools, --seed, "
                        + "--batch, --timeout, --deadline, --home");
            }
        }
        return new ImportBenchmarkOptions(rows, kind, store, serviceHeap, javaOpts, schools, seed, batch, timeout,
                deadline, home);
    }

    /** The service JVM's options: the heap first, then the others. */
    public List<String> serviceJvmOptions() {
        return ServiceJvmOptions.of(serviceHeap, javaOpts);
    }

    public String describeServiceJvm() {
        return String.join(" ", serviceJvmOptions());
    }

    /** Warm-up documents or records of a raw baseline: 5 % of the rows, at least one batch. */
    public int warmUpRows() {
        return Math.max(batch, rows / 20);
    }
}
