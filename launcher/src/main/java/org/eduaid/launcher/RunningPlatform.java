package org.eduaid.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * The platform once every app reported UP: where to reach it, and {@link #close()} to stop it
 * (apps, then MongoDB, then Kafka). Closing twice, or from the shutdown hook and the owner at the
 * same time, is harmless.
 */
public final class RunningPlatform implements AutoCloseable {

    private final PlatformSettings settings;
    private final PlatformComponents components;
    private final Thread shutdownHook;

    RunningPlatform(PlatformSettings settings, PlatformComponents components, Thread shutdownHook) {
        this.settings = settings;
        this.components = components;
        this.shutdownHook = shutdownHook;
    }

    public URI gatewayUrl() {
        return url(PlatformApp.GATEWAY);
    }

    /** The base URL of an app, e.g. {@code http://localhost:8081}. */
    public URI url(PlatformApp app) {
        return urlOf(app, settings);
    }

    public URI healthUrl(PlatformApp app) {
        return healthUrlOf(app, settings);
    }

    public String kafkaBootstrapServers() {
        return components.kafka().bootstrapServers();
    }

    /** Settings for a Kafka client signing in as {@code principal}, e.g. a test reading any topic as the admin. */
    public Map<String, Object> kafkaClientProperties(String principal) {
        return components.kafka().clientProperties(principal);
    }

    /** MongoDB without a database, e.g. {@code mongodb://localhost:27017}; each service uses its own database. */
    public String mongoUri() {
        return components.mongo().uri();
    }

    public Path dataDir() {
        return settings.dataDir();
    }

    public Path logDir() {
        return settings.logDir();
    }

    public Path secretsDir() {
        return settings.secretsDir();
    }

    /** Blocks until {@link #close()} has stopped everything, e.g. from the Ctrl-C shutdown hook. */
    public void awaitClose() throws InterruptedException {
        components.awaitClosed();
    }

    @Override
    public void close() {
        try {
            components.close();
        } finally {
            EmbeddedPlatform.removeShutdownHook(shutdownHook);
        }
    }

    static URI urlOf(PlatformApp app, PlatformSettings settings) {
        return URI.create("http://localhost:" + settings.port(app));
    }

    static URI healthUrlOf(PlatformApp app, PlatformSettings settings) {
        return urlOf(app, settings).resolve("/actuator/health");
    }
}
