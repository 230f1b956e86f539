package org.eduaid.systemtests.compose;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eduaid.contracts.EventCatalog;
import org.eduaid.contracts.TopicSpec;
import org.eduaid.systemtests.compose.AppSettings.Placeholder;

/** What the compose checks compare: the compose file, the apps' own files, and the event catalogue. */
record Platform(ComposeFile compose, List<AppModule> apps, List<TopicSpec> catalogue) {

    static final String COMPOSE_FILE = "docker-compose.yml";
    static final String SERVER_PORT = "SERVER_PORT";
    /** Spring Boot's own default, for an app that configures no port at all. */
    private static final String BOOT_DEFAULT_PORT = "8080";

    Platform {
        apps = List.copyOf(apps);
        catalogue = List.copyOf(catalogue);
    }

    static Platform read(Path root) {
        return new Platform(ComposeFile.read(root.resolve(COMPOSE_FILE)), AppModule.discover(root), EventCatalog.TOPICS);
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
