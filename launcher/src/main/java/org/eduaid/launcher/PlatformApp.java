package org.eduaid.launcher;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The six JVMs the launcher runs. Each is the Spring Boot jar its module builds. The identity
 * provider comes first and is UP before the others start (the gateway reads its discovery document
 * when it starts); the gateway is listed last so that it starts after the services it routes to.
 */
public enum PlatformApp {

    IDENTITY_PROVIDER("identity-provider", null, "EDUAID_IDP_PORT", 9000, null),
    ENROLLMENT("enrollment-service", "enrollment", "EDUAID_ENROLLMENT_PORT", 8081, "ENROLLMENT_SERVICE_URL"),
    SUBSIDY("subsidy-service", "subsidy", "EDUAID_SUBSIDY_PORT", 8082, "SUBSIDY_SERVICE_URL"),
    TEACHER("teacher-service", "teacher", "EDUAID_TEACHER_PORT", 8083, "TEACHER_SERVICE_URL"),
    REPORTING("reporting-service", "reporting", "EDUAID_REPORTING_PORT", 8084, "REPORTING_SERVICE_URL"),
    GATEWAY("gateway", null, "EDUAID_GATEWAY_PORT", 8080, null);

    private final String module;
    private final String database;
    private final String portVariable;
    private final int defaultPort;
    private final String urlVariableForGateway;

    PlatformApp(String module, String database, String portVariable, int defaultPort, String urlVariableForGateway) {
        this.module = module;
        this.database = database;
        this.portVariable = portVariable;
        this.defaultPort = defaultPort;
        this.urlVariableForGateway = urlVariableForGateway;
    }

    /**
     * The order of starting: the identity provider alone, then, once it is UP, everything else at
     * once. The gateway fetches the provider's discovery document as it starts and fails without it.
     */
    static List<Set<PlatformApp>> startupWaves() {
        return List.of(EnumSet.of(IDENTITY_PROVIDER), EnumSet.complementOf(EnumSet.of(IDENTITY_PROVIDER)));
    }

    /** The Maven module folder, which is also the app's name in logs and in the summary. */
    public String module() {
        return module;
    }

    /** The MongoDB database the app owns; the gateway and the identity provider own none. */
    public Optional<String> database() {
        return Optional.ofNullable(database);
    }

    String portVariable() {
        return portVariable;
    }

    int defaultPort() {
        return defaultPort;
    }

    /** The variable through which the gateway learns where this service listens. */
    Optional<String> urlVariableForGateway() {
        return Optional.ofNullable(urlVariableForGateway);
    }

    /** Where {@code ./mvnw package} leaves the app's executable jar (each module sets its finalName). */
    Path jar(Path home) {
        return home.resolve(module).resolve("target").resolve(module + ".jar");
    }

    boolean isGateway() {
        return this == GATEWAY;
    }

    boolean isIdentityProvider() {
        return this == IDENTITY_PROVIDER;
    }

    /** The four services: each has a database and talks to Kafka. */
    boolean isService() {
        return database != null;
    }
}
