package org.eduaid.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything the launcher needs to know, read from {@code EDUAID_*} environment variables with
 * defaults that suit a developer machine. Tests derive their own copy with the withers (a temporary
 * data directory, free ports).
 *
 * @param home            the repository root holding the module folders and their built jars
 * @param dataDir         where Kafka, MongoDB and the app logs keep their files between runs
 * @param kafkaPort       the broker's PLAINTEXT port on localhost
 * @param mongoPort       MongoDB's port on localhost
 * @param appPorts        the HTTP port of each app
 * @param serviceJavaOpts JVM options for every app (split on whitespace; no quoting)
 * @param startupTimeout  how long the apps get, together, to report UP
 */
public record PlatformSettings(Path home, Path dataDir, int kafkaPort, int mongoPort, Map<PlatformApp, Integer> appPorts,
        List<String> serviceJavaOpts, Duration startupTimeout) {

    static final String DEFAULT_JAVA_OPTS = "-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";
    static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(90);

    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m)?");

    public PlatformSettings {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(dataDir, "dataDir");
        home = home.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
        requirePort(kafkaPort, "Kafka");
        requirePort(mongoPort, "MongoDB");
        EnumMap<PlatformApp, Integer> ports = new EnumMap<>(PlatformApp.class);
        for (PlatformApp app : PlatformApp.values()) {
            Integer port = appPorts.get(app);
            if (port == null) {
                throw new IllegalArgumentException("No port given for " + app.module());
            }
            ports.put(app, requirePort(port, app.module()));
        }
        appPorts = Map.copyOf(ports);
        serviceJavaOpts = List.copyOf(serviceJavaOpts);
        if (startupTimeout.isNegative() || startupTimeout.isZero()) {
            throw new IllegalArgumentException("The startup timeout must be positive, was " + startupTimeout);
        }
    }

    /** The settings of this process: its environment, relative paths taken from the working directory. */
    public static PlatformSettings fromEnvironment() {
        return fromEnvironment(System.getenv(), Path.of(""));
    }

    static PlatformSettings fromEnvironment(Map<String, String> env, Path workingDir) {
        Path home = workingDir.resolve(env.getOrDefault("EDUAID_HOME", ""));
        Path dataDir = env.containsKey("EDUAID_DATA_DIR") ? workingDir.resolve(env.get("EDUAID_DATA_DIR")) : home.resolve("data");
        EnumMap<PlatformApp, Integer> appPorts = new EnumMap<>(PlatformApp.class);
        for (PlatformApp app : PlatformApp.values()) {
            appPorts.put(app, port(env, app.portVariable(), app.defaultPort()));
        }
        return new PlatformSettings(home, dataDir,
                port(env, "EDUAID_KAFKA_PORT", 9092),
                port(env, "EDUAID_MONGO_PORT", 27017),
                appPorts,
                javaOpts(env.getOrDefault("EDUAID_SERVICE_JAVA_OPTS", DEFAULT_JAVA_OPTS)),
                duration(env, "EDUAID_STARTUP_TIMEOUT", DEFAULT_STARTUP_TIMEOUT));
    }

    public int port(PlatformApp app) {
        return appPorts.get(app);
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    public Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    public Path mongoDir() {
        return dataDir.resolve("mongo");
    }

    /** Where {@link PlatformSecrets} keeps the generated client secret, signing key and encryption keys. */
    public Path secretsDir() {
        return dataDir.resolve("secrets");
    }

    public PlatformSettings withHome(Path newHome) {
        return new PlatformSettings(newHome, dataDir, kafkaPort, mongoPort, appPorts, serviceJavaOpts, startupTimeout);
    }

    public PlatformSettings withDataDir(Path newDataDir) {
        return new PlatformSettings(home, newDataDir, kafkaPort, mongoPort, appPorts, serviceJavaOpts, startupTimeout);
    }

    public PlatformSettings withKafkaPort(int port) {
        return new PlatformSettings(home, dataDir, port, mongoPort, appPorts, serviceJavaOpts, startupTimeout);
    }

    public PlatformSettings withMongoPort(int port) {
        return new PlatformSettings(home, dataDir, kafkaPort, port, appPorts, serviceJavaOpts, startupTimeout);
    }

    public PlatformSettings withAppPort(PlatformApp app, int port) {
        EnumMap<PlatformApp, Integer> ports = new EnumMap<>(appPorts);
        ports.put(app, port);
        return new PlatformSettings(home, dataDir, kafkaPort, mongoPort, ports, serviceJavaOpts, startupTimeout);
    }

    public PlatformSettings withServiceJavaOpts(List<String> opts) {
        return new PlatformSettings(home, dataDir, kafkaPort, mongoPort, appPorts, opts, startupTimeout);
    }

    public PlatformSettings withStartupTimeout(Duration timeout) {
        return new PlatformSettings(home, dataDir, kafkaPort, mongoPort, appPorts, serviceJavaOpts, timeout);
    }

    private static int port(Map<String, String> env, String variable, int defaultPort) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a port number, was '" + value + "'");
        }
    }

    private static int requirePort(int port, String owner) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("The port of " + owner + " must be within 1-65535, was " + port);
        }
        return port;
    }

    private static List<String> javaOpts(String value) {
        return Arrays.stream(value.trim().split("\\s+")).filter(option -> !option.isEmpty()).toList();
    }

    /** Accepts {@code 90}, {@code 90s}, {@code 2m}, {@code 1500ms} or ISO-8601 ({@code PT90S}). */
    private static Duration duration(Map<String, String> env, String variable, Duration defaultValue) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        String trimmed = value.trim();
        Matcher simple = SIMPLE_DURATION.matcher(trimmed);
        if (simple.matches()) {
            long amount = Long.parseLong(simple.group(1));
            String unit = simple.group(2) == null ? "s" : simple.group(2);
            return switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
            };
        }
        try {
            return Duration.parse(trimmed);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(variable + " must be a duration such as 90s or 2m, was '" + value + "'");
        }
    }
}
