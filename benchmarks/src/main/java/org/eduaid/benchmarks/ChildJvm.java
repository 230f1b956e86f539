package org.eduaid.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One app of the platform as a child JVM ({@code java <options> -jar <jar>}), its output in a log
 * file of its own. Every child still running when this JVM ends, also by Ctrl-C or an exception, is
 * killed by a shutdown hook, so no run leaves a service holding a port. Used by the security and the
 * import benchmarks.
 */
public final class ChildJvm implements AutoCloseable {

    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);
    private static final Duration HEALTH_POLL = Duration.ofMillis(500);
    private static final int LOG_TAIL_LINES = 30;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ChildJvm::killAll, "benchmark-child-jvm-reaper"));
    }

    private final String name;
    private final Process process;
    private final Path logFile;

    private ChildJvm(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    /** The java executable of this JVM: the children run on the same Java as the benchmark. */
    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Starts {@code java <javaOpts> <arguments>} with {@code environment} added to this JVM's own. */
    public static ChildJvm start(String name, List<String> javaOpts, List<String> arguments, Map<String, String> environment,
            Path logFile) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(javaOpts);
        command.addAll(arguments);
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            RUNNING.add(process);
            process.getOutputStream().close();
            return new ChildJvm(name, process, logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name + ": " + String.join(" ", command), e);
        }
    }

    /** A port nothing listens on now; the child binds it a moment later, a race rare enough to accept. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on the loopback interface", e);
        }
    }

    /** Whether the process still runs: a service that died of an OutOfMemoryError does not. */
    public boolean isAlive() {
        return process.isAlive();
    }

    public Path logFile() {
        return logFile;
    }

    /** CPU time the process has used so far (zero where the platform does not say). */
    public Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /**
     * Waits until {@code /actuator/health} answers {@code UP} at the top level.
     *
     * @throws ChildFailedException when the process ends or the timeout passes first, with the log's tail
     */
    public void awaitHealthy(URI health, Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(3)).GET().build();
        long giveUpAt = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < giveUpAt) {
            if (!process.isAlive()) {
                throw new ChildFailedException(name + " ended with exit code " + process.exitValue()
                        + " before it was UP; the end of " + logFile + ":\n" + logTail());
            }
            if (isUp(client, request)) {
                return;
            }
            Thread.sleep(HEALTH_POLL.toMillis());
        }
        throw new ChildFailedException(name + " was not UP at " + health + " within " + timeout.toSeconds()
                + " s; the end of " + logFile + ":\n" + logTail());
    }

    private static boolean isUp(HttpClient client, HttpRequest request) throws InterruptedException {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return false;
            }
            // nested components carry statuses of their own; only the top level speaks for the app
            JsonNode status = JsonMapper.builder().build().readTree(response.body()).path("status");
            return "UP".equals(status.asString(""));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Waits for a child that ends by itself (a measurement run) and returns its exit code.
     *
     * @throws ChildFailedException when it has not ended within {@code timeout} (it is killed)
     */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            stop(process);
            throw new ChildFailedException(name + " did not finish within " + timeout.toSeconds() + " s; see " + logFile);
        }
        RUNNING.remove(process);
        return process.exitValue();
    }

    /** Asks the child to stop (SIGTERM: Spring Boot shuts down gracefully), kills it if it takes too long. */
    @Override
    public void close() {
        stop(process);
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        RUNNING.remove(process);
    }

    private static void killAll() {
        for (Process process : List.copyOf(RUNNING)) {
            process.destroyForcibly();
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    /** A child that did not come up: the run cannot measure anything. */
    public static final class ChildFailedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public ChildFailedException(String message) {
            super(message);
        }
    }
}
