package org.eduaid.launcher;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/** Polls the apps' health endpoints until all are UP, one of them dies, or time runs out. */
final class StartupWatch {

    private static final long POLL_INTERVAL_MILLIS = 500;
    private static final long PROGRESS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final HealthProbe probe;
    private final PrintStream out;

    StartupWatch(HealthProbe probe, PrintStream out) {
        this.probe = probe;
        this.out = out;
    }

    /**
     * Waits until every app is UP, one has exited (it will not come back, so there is no point
     * holding the others for the full timeout), {@code startNanos + timeout} has passed, or
     * {@code abandoned} turns true (Ctrl-C).
     */
    StartupOutcome awaitUp(Map<PlatformApp, AppProcess> apps, Map<PlatformApp, URI> healthUrls,
            long startNanos, Duration timeout, BooleanSupplier abandoned) {
        Map<PlatformApp, AppProcess> pending = new EnumMap<>(PlatformApp.class);
        pending.putAll(apps);
        Map<PlatformApp, String> exited = new EnumMap<>(PlatformApp.class);
        long deadline = startNanos + timeout.toNanos();
        long nextProgress = System.nanoTime() + PROGRESS_EVERY_NANOS;
        while (!pending.isEmpty()) {
            pending.entrySet().removeIf(entry -> {
                PlatformApp app = entry.getKey();
                if (!entry.getValue().isAlive()) {
                    exited.put(app, "exited with code " + entry.getValue().exitCode().map(String::valueOf).orElse("?"));
                    return true;
                }
                if (probe.isUp(healthUrls.get(app))) {
                    out.printf("  %-20s UP after %s%n", app.module(), seconds(System.nanoTime() - startNanos));
                    return true;
                }
                return false;
            });
            if (!exited.isEmpty() || pending.isEmpty() || stopRequested(abandoned)) {
                break;
            }
            long now = System.nanoTime();
            if (now >= deadline) {
                break;
            }
            if (now >= nextProgress) {
                out.printf("  still waiting for %s (%s)%n", names(pending), seconds(now - startNanos));
                nextProgress = now + PROGRESS_EVERY_NANOS;
            }
            pause();
        }
        if (!exited.isEmpty()) {
            return new StartupOutcome(exited, pending.keySet());
        }
        String reason = stopRequested(abandoned) ? "start abandoned" : "not UP within " + seconds(timeout.toNanos());
        Map<PlatformApp, String> late = new EnumMap<>(PlatformApp.class);
        pending.keySet().forEach(app -> late.put(app, reason));
        return new StartupOutcome(late, Set.of());
    }

    private static boolean stopRequested(BooleanSupplier abandoned) {
        return abandoned.getAsBoolean() || Thread.currentThread().isInterrupted();
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    private static String names(Map<PlatformApp, ?> apps) {
        return apps.keySet().stream().map(PlatformApp::module).collect(Collectors.joining(", "));
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
