package org.eduaid.systemtests.compose;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eduaid.systemtests.Yamls;

/** docker-compose.yml as the checks see it: its services by name. */
record ComposeFile(Map<String, ComposeService> services) {

    static final String COMPLETED = "service_completed_successfully";

    static ComposeFile read(Path file) {
        return of(Yamls.read(file));
    }

    static ComposeFile of(Map<String, Object> document) {
        Map<String, ComposeService> services = new LinkedHashMap<>();
        if (document.get("services") instanceof Map<?, ?> declared) {
            declared.forEach((name, definition) -> services.put(String.valueOf(name), new ComposeService(
                    String.valueOf(name), definition instanceof Map<?, ?> map ? asStringKeys(map) : Map.of())));
        }
        return new ComposeFile(Collections.unmodifiableMap(services));
    }

    Optional<ComposeService> service(String name) {
        return Optional.ofNullable(services.get(name));
    }

    /** The host side of every published port, e.g. {@code 8080} or {@code ${GATEWAY_PORT:-8080}}. */
    Set<String> publishedPorts() {
        return services.values().stream().flatMap(service -> service.publishedPorts().stream())
                .collect(Collectors.toSet());
    }

    /** One-shot jobs: services another one waits on to complete, so they are never "healthy". */
    Set<String> jobs() {
        return services.values().stream()
                .flatMap(service -> service.dependsOn().entrySet().stream())
                .filter(dependency -> dependency.getValue().filter(COMPLETED::equals).isPresent())
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private static Map<String, Object> asStringKeys(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(String.valueOf(key), value));
        return copy;
    }
}
