package org.eduaid.systemtests.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eduaid.contracts.EventCatalog;
import org.eduaid.contracts.TopicSpec;
import org.eduaid.systemtests.compose.AppSettings.Placeholder;

/**
 * What the compose checks compare: the compose file and the variables it documents, the apps' own
 * files, and the event catalogue (the services' topics and the outside systems' inbound topics).
 */
record Platform(ComposeFile compose, List<AppModule> apps, List<TopicSpec> catalogue, List<TopicSpec> inbound,
        Map<String, String> envExample) {

    static final String COMPOSE_FILE = "docker-compose.yml";
    static final String ENV_EXAMPLE = ".env.example";
    static final String SERVER_PORT = "SERVER_PORT";
    /** Spring Boot's own default, for an app that configures no port at all. */
    private static final String BOOT_DEFAULT_PORT = "8080";

    Platform {
        apps = List.copyOf(apps);
        catalogue = List.copyOf(catalogue);
        inbound = List.copyOf(inbound);
        envExample = Map.copyOf(envExample);
    }

    static Platform read(Path root) {
        return new Platform(ComposeFile.read(root.resolve(COMPOSE_FILE)), AppModule.discover(root), EventCatalog.TOPICS,
                EventCatalog.INBOUND_TOPICS, readEnvExample(root.resolve(ENV_EXAMPLE)));
    }

    /** Every topic: the services' and the outside systems'. */
    List<TopicSpec> allTopics() {
        List<TopicSpec> all = new ArrayList<>(catalogue);
        all.addAll(inbound);
        return all;
    }

    /** {@code NAME=value} lines, comments and blank lines skipped; nothing when the file is missing. */
    static Map<String, String> readEnvExample(Path file) {
        Map<String, String> variables = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return variables;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                String trimmed = line.strip();
                int equals = trimmed.indexOf('=');
                if (!trimmed.isEmpty() && !trimmed.startsWith("#") && equals > 0) {
                    variables.put(trimmed.substring(0, equals), trimmed.substring(equals + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return variables;
    }

    /** The apps built on the service kit: each with its own database, reading and writing events. */
    List<AppModule> services() {
        return apps.stream().filter(AppModule::service).toList();
    }

    Optional<AppModule> app(String name) {
        return apps.stream().filter(app -> app.name().equals(name)).findFirst();
    }

    /**
     * The port an app listens on in its container: what compose sets through server.port's
     * placeholder or SERVER_PORT, else the app's own default.
     */
    String port(AppModule app) {
        Map<String, String> environment = compose.service(app.name()).map(ComposeService::environment).orElse(Map.of());
        String configured = app.settings().get("server.port").orElse(BOOT_DEFAULT_PORT);
        Optional<Placeholder> placeholder = Placeholder.allIn(configured).stream().findFirst();
        if (placeholder.isPresent() && environment.containsKey(placeholder.get().name())) {
            return environment.get(placeholder.get().name());
        }
        if (environment.containsKey(SERVER_PORT)) {
            return environment.get(SERVER_PORT);
        }
        return placeholder.map(found -> found.defaultValue().orElse(BOOT_DEFAULT_PORT)).orElse(configured);
    }
}
