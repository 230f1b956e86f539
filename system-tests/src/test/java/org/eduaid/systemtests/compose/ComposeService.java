package org.eduaid.systemtests.compose;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One service of docker-compose.yml, read from its YAML definition (merge keys already resolved). */
record ComposeService(String name, Map<String, Object> definition) {

    /** {@code build: ./dir} or {@code build: {context: ./dir}}, without the leading {@code ./}. */
    Optional<String> buildContext() {
        Object build = definition.get("build");
        Object context = build instanceof Map<?, ?> map ? map.get("context") : build;
        return Optional.ofNullable(context).map(String::valueOf)
                .map(path -> path.startsWith("./") ? path.substring(2) : path)
                .map(path -> path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
    }

    /** A build argument, e.g. which app the shared Dockerfile packages. */
    Optional<String> buildArg(String name) {
        return definition.get("build") instanceof Map<?, ?> build && build.get("args") instanceof Map<?, ?> args
                ? Optional.ofNullable(args.get(name)).map(String::valueOf) : Optional.empty();
    }

    /** The Dockerfile, relative to the build context; Docker's default when none is named. */
    String dockerfile() {
        return definition.get("build") instanceof Map<?, ?> build && build.get("dockerfile") != null
                ? String.valueOf(build.get("dockerfile")) : "Dockerfile";
    }

    boolean has(String key) {
        return definition.get(key) != null;
    }

    List<?> ports() {
        return definition.get("ports") instanceof List<?> ports ? ports : List.of();
    }

    /** The host side of each {@code host:container} port, the part before the last colon. */
    List<String> publishedPorts() {
        return ports().stream().map(String::valueOf).filter(port -> port.lastIndexOf(':') > 0)
                .map(port -> port.substring(0, port.lastIndexOf(':'))).toList();
    }

    /** Both forms: a mapping, or a list of {@code NAME=value}; a name without a value passes the host's through. */
    Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        Object declared = definition.get("environment");
        if (declared instanceof Map<?, ?> map) {
            map.forEach((name, value) -> environment.put(String.valueOf(name), value == null ? "" : String.valueOf(value)));
        } else if (declared instanceof List<?> list) {
            for (Object entry : list) {
                String[] nameAndValue = String.valueOf(entry).split("=", 2);
                environment.put(nameAndValue[0], nameAndValue.length > 1 ? nameAndValue[1] : "");
            }
        }
        return environment;
    }

    /** Each dependency with its condition; the short list form has none, so it maps to an empty one. */
    Map<String, Optional<String>> dependsOn() {
        Map<String, Optional<String>> dependencies = new LinkedHashMap<>();
        Object declared = definition.get("depends_on");
        if (declared instanceof Map<?, ?> map) {
            map.forEach((name, options) -> dependencies.put(String.valueOf(name), options instanceof Map<?, ?> settings
                    ? Optional.ofNullable(settings.get("condition")).map(String::valueOf) : Optional.empty()));
        } else if (declared instanceof List<?> list) {
            list.forEach(name -> dependencies.put(String.valueOf(name), Optional.empty()));
        }
        return dependencies;
    }

    boolean hasHealthcheck() {
        return definition.get("healthcheck") instanceof Map<?, ?> check && check.get("test") != null
                && !Boolean.TRUE.equals(check.get("disable"));
    }

    /** The healthcheck's test as one text. */
    String healthcheck() {
        return nested("healthcheck", "test").map(ComposeService::joined).orElse("");
    }

    /** {@code mem_limit}, or the swarm-style {@code deploy.resources.limits.memory}. */
    boolean hasMemoryLimit() {
        return has("mem_limit") || nested("deploy", "resources", "limits", "memory").isPresent();
    }

    /** The command as one text: a list's items joined by spaces. */
    String command() {
        return nested("command").map(ComposeService::joined).orElse("");
    }

    private static String joined(Object value) {
        return value instanceof List<?> list ? String.join(" ", list.stream().map(String::valueOf).toList())
                : String.valueOf(value);
    }

    private Optional<Object> nested(String... path) {
        Object current = definition;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return Optional.empty();
            }
            current = map.get(key);
        }
        return Optional.ofNullable(current);
    }
}
