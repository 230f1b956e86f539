package org.eduaid.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How each app is started: which JVM, which options, and the environment that wires it up. */
final class AppLaunch {

    private AppLaunch() {
    }

    static AppProcess start(PlatformApp app, PlatformSettings settings, PlatformComponents components,
            PlatformSecrets secrets) {
        return AppProcess.start(app.module(), command(app, settings), environment(app, settings, components, secrets),
                settings.home(), settings.logDir().resolve(app.module() + ".log"));
    }

    static List<String> command(PlatformApp app, PlatformSettings settings) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(settings.serviceJavaOpts());
        command.add("-jar");
        command.add(app.jar(settings.home()).toString());
        return command;
    }

    static Map<String, String> environment(PlatformApp app, PlatformSettings settings, PlatformComponents components,
            PlatformSecrets secrets) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", String.valueOf(settings.port(app)));
        if (app.isGateway()) {
            for (PlatformApp service : PlatformApp.values()) {
                service.urlVariableForGateway()
                        .ifPresent(variable -> env.put(variable, RunningPlatform.urlOf(service, settings).toString()));
            }
        } else if (app.isService()) {
            env.put("KAFKA_BROKERS", components.kafka().bootstrapServers());
            env.putAll(components.kafka().serviceEnvironment(app.module()));
            env.put("MONGODB_URI", components.mongo().uri(app.database().orElseThrow()));
        }
        env.putAll(SecurityEnvironment.of(app, settings, secrets));
        return env;
    }

    /** The JVM running the launcher, so the apps get the Java version the launcher was started with. */
    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
