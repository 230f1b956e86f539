package org.eduaid.benchmarks;

import java.util.Arrays;
import java.util.List;

import org.eduaid.benchmarks.importing.ImportBenchmark;
import org.eduaid.benchmarks.security.PersonalDataBenchmark;
import org.eduaid.benchmarks.subsidy.SubsidyBenchmark;
import org.eduaid.benchmarks.teacher.TeacherBenchmark;
import org.eduaid.benchmarks.security.SecurityCostBenchmark;
import org.slf4j.LoggerFactory;

/**
 * The jar's entry point: {@code --benchmark=hop} (the default, so the hop's command line of before
 * still works), {@code --benchmark=security}, {@code --benchmark=personal-data},
 * {@code --benchmark=import}, {@code --benchmark=subsidy} or {@code --benchmark=teacher}. Every other argument goes to the chosen benchmark.
 */
public final class Benchmarks {

    static final String SWITCH = "--benchmark=";
    private static final String LOGGING_CONFIG = "benchmarks-logback.xml";

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        // before the first logger exists: the test kit's logback-test.xml would otherwise win, and log to standard output
        System.setProperty("logback.configurationFile", LOGGING_CONFIG);
        LoggerFactory.getILoggerFactory();
        // Spring Boot (the hop's app) reads its own setting and warns about Logback's
        System.clearProperty("logback.configurationFile");
        System.setProperty("logging.config", "classpath:" + LOGGING_CONFIG);
        Selection selection = select(args);
        String[] rest = selection.arguments().toArray(String[]::new);
        switch (selection.benchmark()) {
            case "hop" -> OutboxHopBenchmark.main(rest);
            case "security" -> SecurityCostBenchmark.main(rest);
            case "personal-data" -> PersonalDataBenchmark.main(rest);
            case "import" -> ImportBenchmark.main(rest);
            case "subsidy" -> SubsidyBenchmark.main(rest);
            case "teacher" -> TeacherBenchmark.main(rest);
            default -> {
                System.err.println("unknown benchmark '" + selection.benchmark() + "'; known: hop, security, personal-data, import, subsidy, teacher");
                System.exit(2);
            }
        }
    }

    /** The benchmark named by the (last) {@code --benchmark=} switch, and the arguments without it. */
    static Selection select(String... args) {
        String benchmark = "hop";
        for (String arg : args) {
            if (arg.startsWith(SWITCH)) {
                benchmark = arg.substring(SWITCH.length());
            }
        }
        return new Selection(benchmark, Arrays.stream(args).filter(arg -> !arg.startsWith(SWITCH)).toList());
    }

    record Selection(String benchmark, List<String> arguments) {
    }
}
