package org.eduaid.launcher;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What has been started so far, and how to stop it: apps first (they hold connections to the
 * infrastructure), then MongoDB, then Kafka. Built up step by step, so a start that fails halfway,
 * or is interrupted by Ctrl-C, stops exactly what it had started.
 */
final class PlatformComponents implements AutoCloseable {

    /** How long the apps get, together, to shut down gracefully before they are killed. */
    static final long APP_STOP_GRACE_SECONDS = 20;

    private final PrintStream out;
    /** Guarded by this object's lock, like every change of state here. */
    private final Map<PlatformApp, AppProcess> apps = new EnumMap<>(PlatformApp.class);
    private volatile EmbeddedKafkaBroker kafka;
    private volatile EmbeddedMongo mongo;
    private volatile boolean closing;
    private final CountDownLatch closed = new CountDownLatch(1);

    PlatformComponents(PrintStream out) {
        this.out = out;
    }

    // Each add takes the same lock as close(): a component started while Ctrl-C was being handled
    // is stopped on the spot instead of outliving the launcher.

    synchronized void add(EmbeddedKafkaBroker broker) {
        if (closing) {
            broker.close();
            throw shuttingDown();
        }
        this.kafka = broker;
    }

    synchronized void add(EmbeddedMongo store) {
        if (closing) {
            store.close();
            throw shuttingDown();
        }
        this.mongo = store;
    }

    synchronized void add(PlatformApp app, AppProcess process) {
        if (closing) {
            process.requestStop();
            process.awaitStopOrKill(System.nanoTime() + TimeUnit.SECONDS.toNanos(APP_STOP_GRACE_SECONDS));
            throw shuttingDown();
        }
        apps.put(app, process);
        process.handle().onExit().thenRun(() -> {
            if (!closing) {
                out.printf("!! %s exited with code %s; see %s%n", app.module(),
                        process.exitCode().map(String::valueOf).orElse("?"), process.logFile());
            }
        });
    }

    EmbeddedKafkaBroker kafka() {
        return kafka;
    }

    EmbeddedMongo mongo() {
        return mongo;
    }

    boolean isClosing() {
        return closing;
    }

    @Override
    public synchronized void close() {
        if (closing) {
            return;
        }
        closing = true;
        try {
            stopApps();
            if (mongo != null) {
                stop("MongoDB", mongo);
            }
            if (kafka != null) {
                stop("Kafka", kafka);
            }
        } finally {
            closed.countDown();
        }
    }

    void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /** Signals every app at once and shares one grace period, so five slow apps take 20 s, not 100. */
    private void stopApps() {
        List<Map.Entry<PlatformApp, AppProcess>> running = new ArrayList<>(apps.entrySet());
        running.removeIf(entry -> !entry.getValue().isAlive());
        if (running.isEmpty()) {
            return;
        }
        out.printf("Stopping %d apps ...%n", running.size());
        running.forEach(entry -> entry.getValue().requestStop());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(APP_STOP_GRACE_SECONDS);
        for (Map.Entry<PlatformApp, AppProcess> entry : running) {
            boolean graceful = entry.getValue().awaitStopOrKill(deadline);
            out.printf("  %s %s%n", entry.getKey().module(),
                    graceful ? "stopped" : "did not stop within " + APP_STOP_GRACE_SECONDS + " s and was killed");
        }
    }

    /** A failure to stop one part must not leave the next one running. */
    private void stop(String name, AutoCloseable part) {
        out.println("Stopping " + name + " ...");
        try {
            part.close();
            out.println("  " + name + " stopped");
        } catch (Exception e) {
            out.println("  " + name + " did not stop cleanly: " + e);
        }
    }

    private static PlatformStartupException shuttingDown() {
        return new PlatformStartupException("Start abandoned: the platform is shutting down");
    }
}
