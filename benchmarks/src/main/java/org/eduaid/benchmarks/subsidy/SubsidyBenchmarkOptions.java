package org.eduaid.benchmarks.subsidy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.eduaid.benchmarks.CommandLineOption;
import org.eduaid.benchmarks.OptionValues;
import org.eduaid.benchmarks.ServiceJvmOptions;
import org.eduaid.benchmarks.StoreKind;

/**
 * The subsidy benchmark's command line, {@code --name=value} each:
 *
 * @param students    registered-poor students fed ({@code --students}, 200833: Shandong's count)
 * @param boarders    of them compulsory students who board, paid by the new programme ({@code --boarders},
 *                    100000, or in proportion to {@code --students} when only that is given)
 * @param store       the store's backend ({@code --store=h2|memory}, h2: the embedded launcher's store)
 * @param withService {@code --service=jar} (default) runs the built subsidy-service; {@code --service=none}
 *                    runs only the raw stage and the feed, a stand-in consumer committing in the service's
 *                    consumer groups, to check and time the feed alone
 * @param serviceHeap the service's {@code -Xmx} ({@code --service-heap}, 1g)
 * @param javaOpts    the service JVM's other options ({@code --java-opts}, the launcher's
 *                    {@code -XX:+UseSerialGC -XX:TieredStopAtLevel=1}; split on white space)
 * @param countyCode  the county whose students are fed ({@code --county}, 150424 林西县)
 * @param seed        of the generated students ({@code --seed}, 42)
 * @param batch       documents per {@code insertMany} of the raw store stage ({@code --batch}, 1000, the
 *                    chunk the plan gives the batch's sealing)
 * @param timeout     how long one stage may take before the run gives up ({@code --timeout}, 30m)
 * @param home        the repository root, where the built jar is ({@code --home}, the working directory)
 */
public record SubsidyBenchmarkOptions(int students, int boarders, StoreKind store, boolean withService,
        String serviceHeap, List<String> javaOpts, String countyCode, long seed, int batch, Duration timeout,
        Path home) {


    private static final Pattern COUNTY = Pattern.compile("\\d{6}");

    public SubsidyBenchmarkOptions {
        if (students < 1 || boarders < 1 || batch < 1) {
            throw new IllegalArgumentException("--students, --boarders and --batch must be positive");
        }
        // the population says whether the boarders fit into the compulsory students
        AidPopulation.of(students, boarders);
        ServiceJvmOptions.check(serviceHeap, javaOpts);
        if (!COUNTY.matcher(countyCode).matches() || countyCode.endsWith("00")) {
            throw new IllegalArgumentException("--county must be a 6-digit county code such as 150424, got "
                    + countyCode);
        }
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("--timeout must be positive");
        }
        javaOpts = List.copyOf(javaOpts);
        home = home.toAbsolutePath().normalize();
    }

    public static SubsidyBenchmarkOptions parse(String... args) {
        int students = AidPopulation.SHANDONG_STUDENTS;
        Integer boarders = null;
        StoreKind store = StoreKind.H2;
        boolean withService = true;
        String serviceHeap = "1g";
        List<String> javaOpts = OptionValues.words(ServiceJvmOptions.DEFAULT_JAVA_OPTS);
        String countyCode = "150424";
        long seed = 42;
        int batch = 1_000;
        Duration timeout = Duration.ofMinutes(30);
        Path home = Path.of("");
        for (CommandLineOption option : CommandLineOption.of(args)) {
            String value = option.value();
            switch (option.name()) {
                case "--students" -> students = Integer.parseInt(value.replace("_", ""));
                case "--boarders" -> boarders = Integer.parseInt(value.replace("_", ""));
                case "--store" -> store = StoreKind.named(value);
                case "--service" -> withService = service(value);
                case "--service-heap" -> serviceHeap = value;
                case "--java-opts" -> javaOpts = OptionValues.words(value);
                case "--county" -> countyCode = value;
                case "--seed" -> seed = Long.parseLong(value);
                case "--batch" -> batch = Integer.parseInt(value);
                case "--timeout" -> timeout = option.durationValue();
                case "--home" -> home = Path.of(value);
                default -> throw option.unknown("--students, "
                        + "--boarders, --store=h2|memory, --service=jar|none, --service-heap, --java-opts, --county, "
                        + "--seed, --batch, --timeout, --home");
            }
        }
        return new SubsidyBenchmarkOptions(students, boarders == null ? AidPopulation.defaultBoarders(students) : boarders,
                store, withService, serviceHeap, javaOpts, countyCode, seed, batch, timeout, home);
    }

    private static boolean service(String value) {
        switch (value) {
            case "jar":
                return true;
            case "none":
                return false;
            default:
                throw new IllegalArgumentException("--service is jar (the built subsidy-service) or none, got " + value);
        }
    }

    /** The service JVM's options: the heap first, then the others, and an OutOfMemoryError ends it. */
    public List<String> serviceJvmOptions() {
        return ServiceJvmOptions.of(serviceHeap, javaOpts, "-XX:+ExitOnOutOfMemoryError");
    }

    public String describeServiceJvm() {
        return String.join(" ", serviceJvmOptions());
    }

    /** The province the county belongs to: its officer edits the catalogue and sets budgets. */
    public String provinceCode() {
        return countyCode.substring(0, 2);
    }
}
