package org.eduaid.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The built jars the benchmark runs as child JVMs: the very artifacts that are deployed, not the
 * classes on this benchmark's class path, so the measured request goes through what runs in service.
 */
public record ServiceJars(Path enrollmentService, Path gateway) {

    /** What builds them, run from the repository root. */
    public static final String BUILD_COMMAND = "./mvnw -q -B -DskipTests package";

    public static final String ENROLLMENT_SERVICE = "enrollment-service/target/enrollment-service.jar";
    public static final String GATEWAY = "gateway/target/gateway.jar";
    public static final String SUBSIDY_SERVICE = "subsidy-service/target/subsidy-service.jar";

    /**
     * @throws MissingJarsException naming every missing jar and the command that builds them
     */
    public static ServiceJars in(Path home) {
        ServiceJars jars = new ServiceJars(home.resolve(ENROLLMENT_SERVICE), home.resolve(GATEWAY));
        requireBuilt(home, jars.enrollmentService(), jars.gateway());
        return jars;
    }

    /**
     * The enrollment-service jar alone, for a benchmark that calls the service directly (the import).
     *
     * @throws MissingJarsException when it is not built
     */
    public static Path enrollmentServiceIn(Path home) {
        Path jar = home.resolve(ENROLLMENT_SERVICE);
        requireBuilt(home, jar);
        return jar;
    }

    /**
     * The subsidy-service jar alone, for the subsidy benchmark, which feeds it enrollment's events
     * straight onto Kafka instead of running enrollment-service.
     *
     * @throws MissingJarsException when it is not built
     */
    public static Path subsidyServiceIn(Path home) {
        Path jar = home.resolve(SUBSIDY_SERVICE);
        requireBuilt(home, jar);
        return jar;
    }

    private static void requireBuilt(Path home, Path... jars) {
        List<Path> missing = Stream.of(jars).filter(jar -> !Files.isRegularFile(jar)).toList();
        if (!missing.isEmpty()) {
            throw new MissingJarsException(home, missing);
        }
    }

    /** The service jars are not built (or the benchmark was started outside the repository root). */
    public static final class MissingJarsException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        MissingJarsException(Path home, List<Path> missing) {
            super("missing " + String.join(", ", missing.stream().map(Path::toString).toList())
                    + "\nbuild them first, in " + home + ":\n    " + BUILD_COMMAND
                    + "\n(or pass --home=<repository root> when the benchmark is started elsewhere)");
        }
    }
}
