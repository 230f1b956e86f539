package org.eduaid.launcher;

import java.util.List;
import java.util.stream.Stream;

/** The table printed once everything is UP: where each part of the platform can be reached. */
final class PlatformSummary {

    private static final String ROW = "  %-20s %-28s %s%n";

    private PlatformSummary() {
    }

    static String of(RunningPlatform platform, long tookNanos) {
        StringBuilder table = new StringBuilder();
        table.append(System.lineSeparator())
                .append("EduAid is UP (took ").append(StartupWatch.seconds(tookNanos)).append(")")
                .append(System.lineSeparator()).append(System.lineSeparator());
        table.append(ROW.formatted("App", "URL", "Health"));
        // the gateway first: it is the one address clients should use
        Stream.concat(Stream.of(PlatformApp.GATEWAY), Stream.of(PlatformApp.values()).filter(app -> !app.isGateway()))
                .forEach(app -> table.append(ROW.formatted(app.module(), platform.url(app), platform.healthUrl(app))));
        table.append(System.lineSeparator());
        table.append(ROW.formatted("Sign in", platform.gatewayUrl(), "at the identity provider "
                + platform.url(PlatformApp.IDENTITY_PROVIDER) + "; demo accounts: see README (Signing in)"));
        table.append(ROW.formatted("Kafka bootstrap", platform.kafkaBootstrapServers(), ""));
        table.append(ROW.formatted("MongoDB", platform.mongoUri(), "databases " + String.join(", ", databases())));
        table.append(ROW.formatted("Data dir", platform.dataDir(), ""));
        table.append(ROW.formatted("Secrets", platform.secretsDir(), "generated on first start; keep private"));
        table.append(ROW.formatted("Logs", platform.logDir(), "<app>.log per app, infrastructure.log for Kafka and MongoDB"));
        table.append(System.lineSeparator()).append("Press Ctrl-C to stop everything.").append(System.lineSeparator());
        return table.toString();
    }

    private static List<String> databases() {
        return Stream.of(PlatformApp.values()).flatMap(app -> app.database().stream()).toList();
    }
}
