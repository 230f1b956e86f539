package org.eduaid.benchmarks.teacher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.eduaid.benchmarks.CommandLineOption;
import org.eduaid.benchmarks.OptionValues;
import org.eduaid.benchmarks.ServiceJvmOptions;
import org.eduaid.benchmarks.StoreKind;

/**
 * The teacher benchmark's command line, {@code --name=value} each:
 *
 * @param teachers      teachers registered across the province ({@code --teachers}, 300000)
 * @param provinceCode  the province ({@code --province}, 15 内蒙古): its real counties get the schools
 * @param schoolsPerCounty schools per county ({@code --schools-per-county}, 100)
 * @param plannedCounties counties whose rotation plan is proposed ({@code --plans}, 10; each proposal reads
 *                      the whole registry, as the embedded store has no index on the county)
 * @param month         the payroll's month ({@code --month}, last month)
 * @param store         {@code --store=h2|memory} (h2: the embedded launcher's store)
 * @param serviceHeap   {@code --service-heap} (2g: a province's teachers in one payroll run)
 * @param javaOpts      the service JVM's other options ({@code --java-opts})
 * @param timeout       how long one stage may take ({@code --timeout}, 30m)
 * @param home          the repository root with the built jar ({@code --home})
 */
public record TeacherBenchmarkOptions(int teachers, String provinceCode, int schoolsPerCounty, int plannedCounties,
        YearMonth month, StoreKind store, String serviceHeap, List<String> javaOpts, Duration timeout, Path home) {

    public TeacherBenchmarkOptions {
        if (teachers < 1 || schoolsPerCounty < 1 || plannedCounties < 0) {
            throw new IllegalArgumentException("--teachers and --schools-per-county must be positive, --plans not negative");
        }
        if (!provinceCode.matches("\\d{2}")) {
            throw new IllegalArgumentException("--province is a 2-digit province code such as 15");
        }
        ServiceJvmOptions.check(serviceHeap, javaOpts);
        javaOpts = List.copyOf(javaOpts);
        home = home.toAbsolutePath().normalize();
    }

    public static TeacherBenchmarkOptions parse(String... args) {
        int teachers = 300_000;
        String province = "15";
        int schoolsPerCounty = 100;
        int plans = 10;
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
        StoreKind store = StoreKind.H2;
        String serviceHeap = "2g";
        List<String> javaOpts = OptionValues.words(ServiceJvmOptions.DEFAULT_JAVA_OPTS);
        Duration timeout = Duration.ofMinutes(30);
        Path home = Path.of("");
        for (CommandLineOption option : CommandLineOption.of(args)) {
            String value = option.value();
            switch (option.name()) {
                case "--teachers" -> teachers = Integer.parseInt(value.replace("_", ""));
                case "--province" -> province = value;
                case "--schools-per-county" -> schoolsPerCounty = Integer.parseInt(value);
                case "--plans" -> plans = Integer.parseInt(value);
                case "--month" -> month = YearMonth.parse(value);
                case "--store" -> store = StoreKind.named(value);
                case "--service-heap" -> serviceHeap = value;
                case "--java-opts" -> javaOpts = OptionValues.words(value);
                case "--timeout" -> timeout = option.durationValue();
                case "--home" -> home = Path.of(value);
                default -> throw option.unknown("--teachers, --province, --schools-per-county, --plans, --month, "
                        + "--store=h2|memory, --service-heap, --java-opts, --timeout, --home");
            }
        }
        return new TeacherBenchmarkOptions(teachers, province, schoolsPerCounty, plans, month, store, serviceHeap, javaOpts,
                timeout, home);
    }

    public List<String> serviceJvmOptions() {
        return ServiceJvmOptions.of(serviceHeap, javaOpts, "-XX:+ExitOnOutOfMemoryError");
    }
}
