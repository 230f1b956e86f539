package org.eduaid.systemtests.compose;

import static org.eduaid.systemtests.compose.ComposeFileChecker.KAFKA;
import static org.eduaid.systemtests.compose.ComposeFileChecker.KAFKA_INIT;
import static org.eduaid.systemtests.compose.ComposeFileChecker.MONGO;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What runs, how it is built, how it scales, how it is watched and in which order it starts. */
final class ServiceShapeRules {

    static final String HEALTHY = "service_healthy";
    static final String READINESS = "/actuator/health/readiness";
    /**
     * Apps that docker-compose.yml may leave out: the identity provider is the embedded platform's;
     * with compose a provider of its own signs people in (issue 3: Keycloak with a realm file).
     */
    static final Set<String> EMBEDDED_ONLY = Set.of("identity-provider");

    private ServiceShapeRules() {
    }

    static void check(Platform platform, List<String> violations) {
        ComposeFile compose = platform.compose();
        for (AppModule app : platform.apps()) {
            Optional<ComposeService> service = compose.service(app.name());
            if (service.isEmpty()) {
                if (!EMBEDDED_ONLY.contains(app.name())) {
                    violations.add(app.name() + ": the module is an app but docker-compose.yml has no service of that name");
                }
                continue;
            }
            checkBuild(app, service.get(), violations);
            checkScalable(app, service.get(), violations);
            checkStartupOrder(app, service.get(), compose, violations);
            checkReadinessProbe(app, service.get(), platform.port(app), violations);
        }
        for (String infrastructure : List.of(MONGO, KAFKA)) {
            if (compose.service(infrastructure).isEmpty()) {
                violations.add(infrastructure + ": missing; the services cannot run without it");
            }
        }
        Set<String> jobs = compose.jobs();
        for (ComposeService service : compose.services().values()) {
            if (!jobs.contains(service.name()) && !service.hasHealthcheck()) {
                violations.add(service.name() + ": has no healthcheck, so nothing can wait for it to be ready");
            }
            if (!service.hasMemoryLimit()) {
                violations.add(service.name() + ": has no memory limit (mem_limit), so it may starve its neighbours");
            }
        }
    }

    /** Every app is built from the repository root with the one shared Dockerfile, told which jar to take. */
    private static void checkBuild(AppModule app, ComposeService service, List<String> violations) {
        if (!service.buildContext().equals(Optional.of("."))
                || !service.dockerfile().equals(AppModule.SHARED_DOCKERFILE)) {
            violations.add(app.name() + ": is not built from the repository root with " + AppModule.SHARED_DOCKERFILE);
        }
        if (!service.buildArg("APP").equals(Optional.of(app.name()))) {
            violations.add(app.name() + ": is built with APP=" + service.buildArg("APP").orElse("(none)")
                    + " instead of its own module");
        }
        String jar = "${APP}/target/${APP}.jar";
        Pattern copiesJar = Pattern.compile("(?m)^\\s*COPY\\s.*" + Pattern.quote(jar) + "\\s");
        if (app.dockerfile().isEmpty()) {
            violations.add(app.name() + ": " + AppModule.SHARED_DOCKERFILE + " is missing");
        } else if (!copiesJar.matcher(app.dockerfile().get()).find()) {
            violations.add(app.name() + ": its Dockerfile does not COPY " + jar + ", the jar Maven builds");
        }
    }

    /** `docker compose up --scale x=3` needs names and host ports that a second instance does not clash with. */
    private static void checkScalable(AppModule app, ComposeService service, List<String> violations) {
        if (service.has("container_name")) {
            violations.add(app.name() + ": sets container_name, so it cannot be scaled");
        }
        if (app.service() && !service.ports().isEmpty()) {
            violations.add(app.name() + ": publishes host ports " + service.ports()
                    + ", so a second instance cannot start; services only expose theirs, the gateway publishes");
        }
    }

    /** Readiness, not liveness: healthy must mean that the app's store and broker answer too. */
    private static void checkReadinessProbe(AppModule app, ComposeService service, String port, List<String> violations) {
        String probe = "localhost:" + port + READINESS;
        if (service.hasHealthcheck() && !service.healthcheck().contains(probe)) {
            violations.add(app.name() + ": its healthcheck does not probe " + probe);
        }
    }

    private static void checkStartupOrder(AppModule app, ComposeService service, ComposeFile compose,
            List<String> violations) {
        Map<String, Optional<String>> dependencies = service.dependsOn();
        dependencies.forEach((dependency, condition) -> {
            if (condition.isEmpty()) {
                violations.add(app.name() + ": depends_on " + dependency
                        + " without a condition, so it starts before " + dependency + " is ready");
            }
            if (compose.service(dependency).isEmpty()) {
                violations.add(app.name() + ": depends_on " + dependency + ", which is no compose service");
            }
        });
        if (app.service()) {
            List<Map.Entry<String, String>> required = List.of(Map.entry(MONGO, HEALTHY), Map.entry(KAFKA, HEALTHY),
                    Map.entry(KAFKA_INIT, ComposeFile.COMPLETED));
            for (Map.Entry<String, String> dependency : required) {
                Optional<String> condition = dependencies.getOrDefault(dependency.getKey(), Optional.empty());
                if (!condition.equals(Optional.of(dependency.getValue()))) {
                    violations.add(app.name() + ": depends_on " + dependency.getKey() + " must use condition "
                            + dependency.getValue());
                }
            }
        }
    }
}
