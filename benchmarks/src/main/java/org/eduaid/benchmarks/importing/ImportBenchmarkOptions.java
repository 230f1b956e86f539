package org.eduaid.benchmarks.importing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eduaid.benchmarks.OptionValues;
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
    public static final String DEFAULT_JAVA_OPTS = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1";

    private static final Pattern HEAP = Pattern.compile("\\d+[kKmMgG]?");

    public ImportBenchmarkOptions {
        if (rows < 1 || schools < 2 || batch < 1) {
            throw new IllegalArgumentException("--rows and --batch must be positive, --schools at least 2");
        }
        if (!HEAP.matcher(serviceHeap).matches()) {
            throw new IllegalArgumentException("--service-heap must be a JVM heap size such as 512m or 1g, got "
                    + serviceHeap);
        }
        if (javaOpts.stream().anyMatch(option -> option.startsWith("-Xmx"))) {
            throw new IllegalArgumentException("give the service's heap with --service-heap, not -Xmx in --java-opts");
        }
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
        List<String> javaOpts = OptionValues.words(DEFAULT_JAVA_OPTS);
        int schools = 100;
        long seed = 42;
        int batch = 500;
        Duration timeout = Duration.ofMinutes(30);
        Duration deadline = Duration.ofMinutes(5);
        Path home = Path.of("");
        for (String arg : args) {
            String[] option = arg.split("=", 2);
            if (option.length != 2) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            String value = option[1];
            switch (option[0]) {
                case "--rows" -> rows = Integer.parseInt(value.replace("_", ""));
                case "--kind" -> kind = ImportKind.named(value);
                case "--store" -> store = StoreKind.named(value);
                case "--service-heap" -> serviceHeap = value;
                case "--java-opts" -> javaOpts = OptionValues.words(value);
                case "--schools" -> schools = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--batch" -> batch = Integer.parseInt(value);
                case "--timeout" -> timeout = duration(option[0], value);
                case "--deadline" -> deadline = duration(option[0], value);
                case "--home" -> home = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + option[0] + "; known: --rows, "
                        + "--kind=students|roster, --store=h2|memory, --service-heap, --java-opts, --schools, --seed, "
                        + "--batch, --timeout, --deadline, --home");
            }
        }
        return new ImportBenchmarkOptions(rows, kind, store, serviceHeap, javaOpts, schools, seed, batch, timeout,
                deadline, home);
    }

    /** The service JVM's options: the heap first, then the others. */
    public List<String> serviceJvmOptions() {
        List<String> options = new ArrayList<>();
        options.add("-Xmx" + serviceHeap);
        options.addAll(javaOpts);
        return List.copyOf(options);
    }

    public String describeServiceJvm() {
        return String.join(" ", serviceJvmOptions());
    }

    /** Warm-up documents or records of a raw baseline: 5 % of the rows, at least one batch. */
    public int warmUpRows() {
        return Math.max(batch, rows / 20);
    }

    static Duration duration(String option, String text) {
        return OptionValues.duration(option, text);
    }

}
