package org.eduaid.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the whole of EduAid on a machine without Docker: Kafka and MongoDB in this JVM, persisted
 * under the data directory, and one JVM per service plus the identity provider and the gateway.
 * Ctrl-C stops it all; the next run finds the data, and the generated secrets, again.
 */
public final class EmbeddedPlatform {

    static final String BUILD_COMMAND = "./mvnw -q -B -DskipTests package";
    private static final int LOG_TAIL_LINES = 30;

    private EmbeddedPlatform() {
    }

    public static void main(String[] args) {
        try {
            PlatformSettings settings = PlatformSettings.fromEnvironment();
            LauncherLogging.toLogDir(settings.logDir());
            RunningPlatform platform = start(settings);
            platform.awaitClose();
        } catch (PlatformStartupException | IllegalArgumentException e) {
            System.err.println();
            System.err.println("EduAid did not start: " + e.getMessage());
            System.exit(1);
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("EduAid did not start:");
            e.printStackTrace();
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Starts everything and returns once every app reports UP. On failure whatever had started is
     * stopped again and a {@link PlatformStartupException} says why.
     */
    public static RunningPlatform start(PlatformSettings settings) {
        return start(settings, System.out);
    }

    static RunningPlatform start(PlatformSettings settings, PrintStream out) {
        long startNanos = System.nanoTime();
        checkJarsExist(settings);
        checkPortsFree(settings);
        createDirectories(settings);
        out.printf("Starting EduAid (data in %s)%n", settings.dataDir());

        PlatformComponents components = new PlatformComponents(out);
        Thread shutdownHook = new Thread(components::close, "eduaid-launcher-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            PlatformSecrets secrets = PlatformSecrets.in(settings.secretsDir());
            out.printf("Starting Kafka on localhost:%d ...%n", settings.kafkaPort());
            components.add(EmbeddedKafkaBroker.start(settings.kafkaDir(), settings.kafkaPort(), secrets));
            out.printf("Starting MongoDB on localhost:%d ...%n", settings.mongoPort());
            components.add(EmbeddedMongo.start(settings.mongoDir(), settings.mongoPort()));

            long appsStartNanos = System.nanoTime();
            Map<PlatformApp, AppProcess> apps = new EnumMap<>(PlatformApp.class);
            StartupWatch watch = new StartupWatch(new HealthProbe(), out);
            for (Set<PlatformApp> wave : PlatformApp.startupWaves()) {
                Map<PlatformApp, AppProcess> started = new EnumMap<>(PlatformApp.class);
                for (PlatformApp app : wave) {
                    AppProcess process = AppLaunch.start(app, settings, components, secrets);
                    components.add(app, process);
                    started.put(app, process);
                    out.printf("Started %-20s pid %-8d log %s%n", app.module(), process.pid(), process.logFile());
                }
                apps.putAll(started);
                out.printf("Waiting for %s to report UP ...%n", names(wave));
                // one deadline for all waves: the timeout is what the apps get together
                StartupOutcome outcome = watch.awaitUp(started, healthUrls(settings), appsStartNanos,
                        settings.startupTimeout(), components::isClosing);
                if (!outcome.allUp()) {
                    reportFailure(outcome, apps, out);
                    throw new PlatformStartupException(outcome.culprits().entrySet().stream()
                            .map(culprit -> culprit.getKey().module() + " " + culprit.getValue())
                            .collect(Collectors.joining("; ")) + " (logs in " + settings.logDir() + ")");
                }
            }
        } catch (RuntimeException e) {
            components.close();
            removeShutdownHook(shutdownHook);
            throw e;
        }
        RunningPlatform platform = new RunningPlatform(settings, components, shutdownHook);
        out.print(PlatformSummary.of(platform, System.nanoTime() - startNanos));
        return platform;
    }

    static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down, and the hook is what is running
        }
    }

    private static void checkJarsExist(PlatformSettings settings) {
        List<String> missing = new ArrayList<>();
        for (PlatformApp app : PlatformApp.values()) {
            Path jar = app.jar(settings.home());
            if (!Files.isRegularFile(jar)) {
                missing.add("  " + app.module() + ": " + jar);
            }
        }
        if (!missing.isEmpty()) {
            throw new PlatformStartupException("these app jars are missing:%n%s%nBuild them first from %s with:%n  %s%n(or run ./run-local.sh, which builds and starts); set EDUAID_HOME if the repository is elsewhere."
                    .formatted(String.join(System.lineSeparator(), missing), settings.home(), BUILD_COMMAND));
        }
    }

    private static void checkPortsFree(PlatformSettings settings) {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        wanted.put("EDUAID_KAFKA_PORT (Kafka)", settings.kafkaPort());
        wanted.put("EDUAID_MONGO_PORT (MongoDB)", settings.mongoPort());
        for (PlatformApp app : PlatformApp.values()) {
            wanted.put(app.portVariable() + " (" + app.module() + ")", settings.port(app));
        }
        List<String> busy = new ArrayList<>();
        Map<Integer, String> owners = new LinkedHashMap<>();
        wanted.forEach((owner, port) -> {
            String other = owners.putIfAbsent(port, owner);
            if (other != null) {
                busy.add("  port " + port + " is given to both " + other + " and " + owner);
            } else if (!Ports.isFree(port)) {
                busy.add("  port " + port + " of " + owner + " is already in use");
            }
        });
        if (!busy.isEmpty()) {
            throw new PlatformStartupException("ports are not available:%n%s%nStop what uses them (an earlier launcher?) or choose other ports with the variables named."
                    .formatted(String.join(System.lineSeparator(), busy)));
        }
    }

    private static void createDirectories(PlatformSettings settings) {
        try {
            Files.createDirectories(settings.logDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + settings.logDir(), e);
        }
    }

    private static String names(Set<PlatformApp> apps) {
        return apps.stream().map(PlatformApp::module).collect(Collectors.joining(", "));
    }

    private static Map<PlatformApp, URI> healthUrls(PlatformSettings settings) {
        Map<PlatformApp, URI> urls = new EnumMap<>(PlatformApp.class);
        for (PlatformApp app : PlatformApp.values()) {
            urls.put(app, RunningPlatform.healthUrlOf(app, settings));
        }
        return urls;
    }

    /** Shows the log tails of the apps to blame only: the bystanders' logs would just say "starting". */
    private static void reportFailure(StartupOutcome outcome, Map<PlatformApp, AppProcess> apps, PrintStream out) {
        out.println();
        out.println("EduAid did not come UP:");
        outcome.culprits().forEach((app, reason) -> out.printf("  %-20s %s%n", app.module(), reason));
        outcome.bystanders().forEach(app -> out.printf("  %-20s was still starting%n", app.module()));
        outcome.culprits().keySet().forEach(app -> {
            Path log = apps.get(app).logFile();
            out.printf("%n---- last %d lines of %s ----%n", LOG_TAIL_LINES, log);
            LogTail.last(log, LOG_TAIL_LINES).forEach(out::println);
        });
        out.println();
    }
}
