package org.eduaid.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One child JVM with its output appended to a log file of its own, so that five apps' output does
 * not interleave on the launcher's console and survives the run.
 */
final class AppProcess {

    /** How long a killed process gets to disappear from the process table. */
    private static final long KILL_GRACE_SECONDS = 5;

    private final Process process;
    private final Path logFile;

    private AppProcess(Process process, Path logFile) {
        this.process = process;
        this.logFile = logFile;
    }

    /** Starts {@code command} in {@code workingDir} with {@code environment} added to the launcher's own. */
    static AppProcess start(String name, List<String> command, Map<String, String> environment, Path workingDir,
            Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            // separates this run from earlier ones in the appended log
            Files.writeString(logFile, "%n==== %s started by the EduAid launcher at %s ====%n".formatted(name, Instant.now()),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            // nothing is ever typed to an app; an open stdin pipe would only hold a descriptor
            process.getOutputStream().close();
            return new AppProcess(process, logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name + " (" + String.join(" ", command) + ")", e);
        }
    }

    Path logFile() {
        return logFile;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code, once the process has ended. */
    Optional<Integer> exitCode() {
        return process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /** Asks the process to stop (SIGTERM on Unix), which lets Spring Boot shut down gracefully. */
    void requestStop() {
        process.destroy();
    }

    /**
     * Waits until {@code deadlineNanos} (a {@link System#nanoTime()} value) for the process to end;
     * kills it if it has not. Returns whether it ended by itself.
     */
    boolean awaitStopOrKill(long deadlineNanos) {
        boolean stopped = waitFor(Math.max(0, deadlineNanos - System.nanoTime()));
        if (!stopped) {
            process.destroyForcibly();
            waitFor(TimeUnit.SECONDS.toNanos(KILL_GRACE_SECONDS));
        }
        return stopped;
    }

    private boolean waitFor(long nanos) {
        try {
            return process.waitFor(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
