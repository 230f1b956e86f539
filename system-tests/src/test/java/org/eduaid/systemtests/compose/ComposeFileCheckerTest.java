package org.eduaid.systemtests.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.eduaid.contracts.EventCatalog;
import org.eduaid.contracts.TopicSpec;
import org.eduaid.contracts.TopicSpec.Subscription;
import org.eduaid.contracts.Topics;
import org.eduaid.systemtests.RepositoryRoot;
import org.eduaid.systemtests.Yamls;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each case breaks one thing in a copy of the real platform (compose file, an app's settings or
 * Dockerfile, or the catalogue) and expects the checker to report exactly that, so the consistency
 * test is known to fail when the files drift apart.
 */
class ComposeFileCheckerTest {

    private static final String SCHOOLS = Topics.ENROLLMENT_SCHOOLS;
    private static final String POPULATION = Topics.INBOUND_POPULATION_REGISTRY;
    private static final String BINDING = "spring.cloud.stream.bindings.schoolDirectory-in-0";
    private static final String FUNCTIONS = "spring.cloud.function.definition";

    static Stream<Arguments> breakages() {
        return Stream.of(
                // what runs and how it is built
                breaking("an app without a compose service",
                        p -> p.services().remove("teacher-service"),
                        "teacher-service: the module is an app but docker-compose.yml has no service of that name"),
                breaking("an app built as another app",
                        p -> EditablePlatform.map(p.service("enrollment-service"), "build").put("args", new LinkedHashMap<>(Map.of("APP", "subsidy-service"))),
                        "enrollment-service: is built with APP=subsidy-service instead of its own module"),
                breaking("an app built from its own folder",
                        p -> p.service("teacher-service").put("build", "./teacher-service"),
                        "teacher-service: is not built from the repository root with docker/app.Dockerfile"),
                breaking("a Dockerfile copying a versioned jar",
                        p -> p.dockerfile("gateway", text -> text.replace("${APP}.jar", "${APP}-0.1.0-SNAPSHOT.jar")),
                        "gateway: its Dockerfile does not COPY ${APP}/target/${APP}.jar"),
                breaking("no Kafka",
                        p -> p.services().remove("kafka"),
                        "kafka: missing"),
                breaking("no topic creation",
                        p -> p.services().remove("kafka-init"),
                        "kafka-init: missing"),
                // scaling, health, limits, order
                breaking("a container name",
                        p -> p.service("subsidy-service").put("container_name", "subsidy"),
                        "subsidy-service: sets container_name"),
                breaking("a service publishing a host port",
                        p -> p.service("reporting-service").put("ports", List.of("8084:8080")),
                        "reporting-service: publishes host ports [8084:8080]"),
                breaking("no healthcheck",
                        p -> p.service("kafka").remove("healthcheck"),
                        "kafka: has no healthcheck"),
                breaking("a healthcheck probing liveness",
                        p -> p.service("reporting-service").put("healthcheck", Map.of("test",
                                List.of("CMD", "curl", "-f", "http://localhost:8080/actuator/health/liveness"))),
                        "reporting-service: its healthcheck does not probe localhost:8080/actuator/health/readiness"),
                breaking("no memory limit",
                        p -> p.service("mongo").remove("mem_limit"),
                        "mongo: has no memory limit"),
                breaking("depends_on without condition",
                        p -> p.service("gateway").put("depends_on", List.of("enrollment-service")),
                        "gateway: depends_on enrollment-service without a condition"),
                breaking("a service not waiting for the topics",
                        p -> p.dependency("subsidy-service", "kafka-init", "service_started"),
                        "subsidy-service: depends_on kafka-init must use condition service_completed_successfully"),
                // environment
                breaking("a misspelt variable",
                        p -> p.environment("teacher-service").put("SCHOOL_DIRECTORY_CONCURENCY", "2"),
                        "teacher-service: sets SCHOOL_DIRECTORY_CONCURENCY, which is no setting of teacher-service"),
                breaking("a service's variable on the gateway",
                        p -> p.environment("gateway").put("KAFKA_BROKERS", "kafka:9092"),
                        "gateway: sets KAFKA_BROKERS, which is no setting of gateway"),
                breaking("a connection left at localhost",
                        p -> p.environment("reporting-service").remove("KAFKA_BROKERS"),
                        "reporting-service: does not set KAFKA_BROKERS, so it connects to localhost:9092"),
                breaking("a URL to a host that does not exist",
                        p -> p.environment("gateway").put("ENROLLMENT_SERVICE_URL", "http://enrolment-service:8080"),
                        "gateway: ENROLLMENT_SERVICE_URL points at enrolment-service, which is no compose service"),
                breaking("a URL to the wrong port",
                        p -> p.environment("gateway").put("TEACHER_SERVICE_URL", "http://teacher-service:8083"),
                        "gateway: TEACHER_SERVICE_URL points at port 8083 of teacher-service, which listens on 8080"),
                breaking("two services sharing a database",
                        p -> p.environment("subsidy-service").put("MONGODB_URI", "mongodb://mongo/enrollment"),
                        "subsidy-service: uses database enrollment, which is already enrollment-service's"),
                breaking("an application name that is not the module's",
                        p -> p.setting("subsidy-service", "spring.application.name", "subsidies"),
                        "subsidy-service: spring.application.name is subsidies, not the module name"),
                // topics and bindings
                breaking("an event topic not created",
                        p -> p.environment("kafka-init").put("EVENT_TOPICS", ""),
                        "kafka-init: EVENT_TOPICS lacks " + SCHOOLS),
                breaking("a dead-letter topic not created",
                        p -> p.editVariable("kafka-init", "DEAD_LETTER_TOPICS", topics -> topics.replace(
                                Topics.deadLetterTopic(SCHOOLS, "teacher-school-directory"), "")),
                        "kafka-init: DEAD_LETTER_TOPICS lacks " + SCHOOLS + ".teacher-school-directory.dlq"),
                breaking("a topic outside the catalogue",
                        p -> p.editVariable("kafka-init", "EVENT_TOPICS", topics -> topics + " eduaid.enrollment.pupils"),
                        "kafka-init: EVENT_TOPICS lists eduaid.enrollment.pupils, which the event catalogue does not have"),
                breaking("a new subscription nobody binds",
                        p -> p.subscribe("teacher-service", "teacher-school-roster"),
                        "teacher-service: EventCatalog subscribes it to " + SCHOOLS
                                + " as group teacher-school-roster, but no input binding"),
                breaking("a new subscription without its dead-letter topic",
                        p -> p.subscribe("teacher-service", "teacher-school-roster"),
                        "kafka-init: DEAD_LETTER_TOPICS lacks " + SCHOOLS + ".teacher-school-roster.dlq"),
                breaking("a binding's group drifting from the catalogue",
                        p -> p.setting("subsidy-service", BINDING + ".group", "subsidy-schools"),
                        "subsidy-service: binding schoolDirectory-in-0 reads " + SCHOOLS
                                + " as group subsidy-schools, which is no subscription"),
                breaking("a function without bindings",
                        p -> p.setting("reporting-service", FUNCTIONS, "schoolFigureProjection;regionRollup"),
                        "reporting-service: " + FUNCTIONS + " names regionRollup, but no regionRollup-in-0"),
                breaking("bindings without their function",
                        p -> p.setting("teacher-service", FUNCTIONS, ""),
                        "teacher-service: the bindings of schoolDirectory belong to no function"),
                breaking("a catalogue producer that is no service",
                        p -> p.producer("student-service"),
                        "EventCatalog: " + SCHOOLS + " is written by student-service, which is no service of the build"),
                breaking("an inbound topic not created",
                        p -> p.editVariable("kafka-init", "INBOUND_TOPICS", topics -> topics.replace(POPULATION, "")),
                        "kafka-init: INBOUND_TOPICS lacks " + POPULATION),
                // Kafka users and ACLs against the access policy
                breaking("a missing ACL",
                        p -> p.editVariable("kafka-init", "ACLS", acls -> acls.replace(
                                "population-registry topic " + POPULATION + " WRITE,DESCRIBE", "")),
                        "kafka-init: ACLS lacks User:population-registry WRITE TOPIC " + POPULATION),
                breaking("an ACL the policy does not grant",
                        p -> p.editVariable("kafka-init", "ACLS", acls -> acls + "population-registry topic " + SCHOOLS + " WRITE\n"),
                        "kafka-init: ACLS grants User:population-registry WRITE TOPIC " + SCHOOLS + ", which the Kafka access policy does not"),
                breaking("an ACL line that is not one",
                        p -> p.editVariable("kafka-init", "ACLS", acls -> acls + "civil-affairs topic\n"),
                        "kafka-init: ACLS line 'civil-affairs topic' is not"),
                breaking("a new subscription without its grants",
                        p -> p.subscribeInbound(POPULATION, "enrollment-service", "enrollment-school-age-roster"),
                        "kafka-init: ACLS lacks User:enrollment-service READ GROUP enrollment-school-age-roster"),
                breaking("a principal without a credential",
                        p -> p.editVariable("kafka-init", "SCRAM_USERS", users -> users.replaceAll("(?m)^civil-affairs .*$", "")),
                        "kafka-init: SCRAM_USERS lacks civil-affairs"),
                breaking("a principal sharing another's password",
                        p -> p.editVariable("kafka-init", "SCRAM_USERS", users -> users.replace(
                                "teacher-service ${KAFKA_TEACHER_SERVICE_PASSWORD", "teacher-service ${KAFKA_SUBSIDY_SERVICE_PASSWORD")),
                        "kafka-init: the password of teacher-service is not ${KAFKA_TEACHER_SERVICE_PASSWORD:?...}"),
                breaking("a service signing in as another",
                        p -> p.environment("teacher-service").put("KAFKA_USERNAME", "subsidy-service"),
                        "teacher-service: KAFKA_USERNAME is subsidy-service; a service signs in as itself"),
                breaking("a service without Kafka security",
                        p -> p.environment("reporting-service").put("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT"),
                        "reporting-service: KAFKA_SECURITY_PROTOCOL is PLAINTEXT"),
                breaking("a broker that lets in what no ACL names",
                        p -> p.environment("kafka").put("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND", "true"),
                        "kafka: KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND is true"),
                breaking("a listener without sign-in",
                        p -> p.editVariable("kafka", "KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", map -> map + ",OPEN:PLAINTEXT"),
                        "kafka: listener OPEN is PLAINTEXT"),
                // secrets
                breaking("a password written in the file",
                        p -> p.environment("subsidy-service").put("KAFKA_PASSWORD", "hunter2"),
                        "subsidy-service: KAFKA_PASSWORD is written in the file"),
                breaking("a password written into a JAAS configuration",
                        p -> p.editVariable("kafka", "KAFKA_LISTENER_NAME_CLIENT_SCRAM___SHA___512_SASL_JAAS_CONFIG",
                                jaas -> jaas.replaceAll("password=\"[^\"]*\"", "password=\"hunter2\"")),
                        "kafka: KAFKA_LISTENER_NAME_CLIENT_SCRAM___SHA___512_SASL_JAAS_CONFIG holds a password written in the file"),
                breaking("a required secret .env.example does not list",
                        p -> p.envExample().remove("KAFKA_POPULATION_REGISTRY_PASSWORD"),
                        ".env.example: lacks KAFKA_POPULATION_REGISTRY_PASSWORD"),
                breaking("a secret with a value in .env.example",
                        p -> p.envExample().put("KAFKA_CIVIL_AFFAIRS_PASSWORD", "changeit"),
                        ".env.example: gives KAFKA_CIVIL_AFFAIRS_PASSWORD a value"),
                // sign-in
                breaking("a localhost address that no service publishes",
                        p -> p.environment("gateway").put("EDUAID_OIDC_TOKEN_URI", "http://localhost:9999/token"),
                        "gateway: EDUAID_OIDC_TOKEN_URI points at localhost, which is no compose service"),
                breaking("a service expecting another issuer",
                        p -> p.environment("subsidy-service").put("EDUAID_OIDC_ISSUER_URI", "http://keycloak:8080/realms/eduaid"),
                        "the apps expect different token issuers"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void reportsEachBrokenRule(String breakage, Consumer<EditablePlatform> change, String expected) {
        EditablePlatform platform = EditablePlatform.real();
        assertThat(ComposeFileChecker.check(platform.toPlatform())).noneMatch(violation -> violation.contains(expected));

        change.accept(platform);

        assertThat(ComposeFileChecker.check(platform.toPlatform())).anyMatch(violation -> violation.contains(expected));
    }

    private static Arguments breaking(String breakage, Consumer<EditablePlatform> change, String expected) {
        return Arguments.of(breakage, change, expected);
    }

    /** A deep copy of the real inputs, to break one thing at a time. */
    private record EditablePlatform(Map<String, Object> compose, Map<String, AppModule> apps, List<TopicSpec> catalogue,
            List<TopicSpec> inbound, Map<String, String> envExample) {

        static EditablePlatform real() {
            Platform real = Platform.read(RepositoryRoot.find());
            Map<String, AppModule> apps = new LinkedHashMap<>();
            real.apps().forEach(app -> apps.put(app.name(), app));
            Map<String, Object> compose = copy(Yamls.read(RepositoryRoot.find().resolve(Platform.COMPOSE_FILE)));
            return new EditablePlatform(compose, apps, new ArrayList<>(EventCatalog.TOPICS),
                    new ArrayList<>(EventCatalog.INBOUND_TOPICS), new LinkedHashMap<>(real.envExample()));
        }

        Platform toPlatform() {
            return new Platform(ComposeFile.of(compose), List.copyOf(apps.values()), catalogue, inbound, envExample);
        }

        Map<String, Object> services() {
            return map(compose, "services");
        }

        Map<String, Object> service(String name) {
            return map(services(), name);
        }

        Map<String, Object> environment(String service) {
            return map(service(service), "environment");
        }

        void editVariable(String service, String variable, UnaryOperator<String> change) {
            environment(service).compute(variable, (name, value) -> change.apply(String.valueOf(value)));
        }

        void dependency(String service, String dependency, String condition) {
            map(service(service), "depends_on").put(dependency, new LinkedHashMap<>(Map.of("condition", condition)));
        }

        void setting(String app, String key, String value) {
            apps.computeIfPresent(app, (name, module) -> module.withSettings(module.settings().with(key, value)));
        }

        void dockerfile(String app, UnaryOperator<String> change) {
            apps.computeIfPresent(app,
                    (name, module) -> module.withDockerfile(change.apply(module.dockerfile().orElseThrow())));
        }

        void subscribe(String service, String group) {
            replaceSchools(schools -> {
                List<Subscription> subscriptions = new ArrayList<>(schools.subscriptions());
                subscriptions.add(new Subscription(service, group));
                return new TopicSpec(schools.name(), schools.producer(), schools.description(), schools.events(),
                        subscriptions);
            });
        }

        void producer(String service) {
            replaceSchools(schools -> new TopicSpec(schools.name(), service, schools.description(), schools.events(),
                    schools.subscriptions()));
        }

        void subscribeInbound(String topic, String service, String group) {
            inbound.replaceAll(spec -> {
                if (!spec.name().equals(topic)) {
                    return spec;
                }
                List<Subscription> subscriptions = new ArrayList<>(spec.subscriptions());
                subscriptions.add(new Subscription(service, group));
                return new TopicSpec(spec.name(), spec.producer(), spec.description(), spec.events(), subscriptions);
            });
        }

        private void replaceSchools(UnaryOperator<TopicSpec> change) {
            catalogue.replaceAll(topic -> topic.name().equals(SCHOOLS) ? change.apply(topic) : topic);
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> map(Map<String, Object> parent, String key) {
            return (Map<String, Object>) parent.get(key);
        }

        /** YAML anchors share objects between services; a deep copy lets one service change alone. */
        private static Map<String, Object> copy(Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> copy.put(String.valueOf(key), copyValue(value)));
            return copy;
        }

        private static Object copyValue(Object value) {
            if (value instanceof Map<?, ?> map) {
                return copy(map);
            }
            if (value instanceof List<?> list) {
                return new ArrayList<>(list.stream().map(EditablePlatform::copyValue).toList());
            }
            return value;
        }
    }
}
