package org.eduaid.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher end to end, with real Kafka and MongoDB but tiny fake apps in place of the Spring
 * Boot jars, so that wiring, startup failures and shutdown can be checked in seconds.
 */
class EmbeddedPlatformTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsEveryAppWiredToKafkaAndMongoAndStopsThemAllOnClose() throws Exception {
        FakeAppJars.installAll(home, FakeApp.class);
        PlatformSettings settings = settingsOnFreePorts();

        List<ProcessHandle> apps;
        try (RunningPlatform platform = EmbeddedPlatform.start(settings, out)) {
            apps = appProcesses();
            assertThat(apps).hasSize(PlatformApp.values().length);

            assertThat(get(platform.url(PlatformApp.TEACHER).resolve("/env"))).contains(
                    "SERVER_PORT=" + settings.port(PlatformApp.TEACHER),
                    "KAFKA_BROKERS=localhost:" + settings.kafkaPort(),
                    "MONGODB_URI=mongodb://localhost:" + settings.mongoPort() + "/teacher",
                    "KAFKA_SECURITY_PROTOCOL=SASL_PLAINTEXT", "KAFKA_SASL_MECHANISM=SCRAM-SHA-512",
                    "KAFKA_USERNAME=teacher-service", "KAFKA_PASSWORD="
                            + PlatformSecrets.in(settings.dataDir().resolve("secrets")).secret("kafka.teacher-service"));
            assertThat(get(platform.gatewayUrl().resolve("/env"))).contains(
                    "ENROLLMENT_SERVICE_URL=http://localhost:" + settings.port(PlatformApp.ENROLLMENT),
                    "SUBSIDY_SERVICE_URL=http://localhost:" + settings.port(PlatformApp.SUBSIDY),
                    "TEACHER_SERVICE_URL=http://localhost:" + settings.port(PlatformApp.TEACHER),
                    "REPORTING_SERVICE_URL=http://localhost:" + settings.port(PlatformApp.REPORTING));
            assertThat(platform.kafkaBootstrapServers()).isEqualTo("localhost:" + settings.kafkaPort());
            assertThat(platform.mongoUri()).isEqualTo("mongodb://localhost:" + settings.mongoPort());
            assertThat(Files.readString(settings.logDir().resolve("reporting-service.log"))).contains(FakeApp.READY);
            assertThat(console.toString()).contains("EduAid is UP", platform.gatewayUrl() + "/actuator/health",
                    settings.dataDir().toString());
        }

        assertThat(apps).noneMatch(ProcessHandle::isAlive);
        assertThat(console.toString()).containsSubsequence("Stopping 5 apps", "Stopping MongoDB", "Stopping Kafka");
        assertThat(allPorts(settings)).allMatch(Ports::isFree);
    }

    @Test
    void reportsAnAppThatDiedWithItsLogAndStopsEverythingElse() {
        FakeAppJars.installAll(home, FakeApp.class);
        FakeAppJars.install(home, PlatformApp.TEACHER, FailingFakeApp.class);
        PlatformSettings settings = settingsOnFreePorts();

        assertThatThrownBy(() -> EmbeddedPlatform.start(settings, out))
                .isInstanceOf(PlatformStartupException.class)
                .hasMessageContaining("teacher-service");

        assertThat(console.toString())
                .contains("teacher-service", "exited with code " + FailingFakeApp.EXIT_CODE, FailingFakeApp.LAST_WORDS)
                .doesNotContain("lines of " + settings.logDir().resolve("enrollment-service.log"));
        assertThat(appProcesses()).isEmpty();
        assertThat(allPorts(settings)).allMatch(Ports::isFree);
    }

    @Test
    void givesUpAtTheDeadlineNamingTheAppThatIsNotUp() {
        FakeAppJars.installAll(home, FakeApp.class);
        FakeAppJars.install(home, PlatformApp.SUBSIDY, NeverUpFakeApp.class);
        PlatformSettings settings = settingsOnFreePorts().withStartupTimeout(Duration.ofSeconds(4));

        assertThatThrownBy(() -> EmbeddedPlatform.start(settings, out))
                .isInstanceOf(PlatformStartupException.class)
                .hasMessageContaining("subsidy-service")
                .hasMessageNotContaining("enrollment-service");

        assertThat(console.toString()).contains("not UP within 4.0 s", NeverUpFakeApp.COMPLAINT);
        assertThat(appProcesses()).isEmpty();
    }

    @Test
    void namesEveryMissingJarAndTheBuildCommandBeforeStartingAnything() {
        FakeAppJars.install(home, PlatformApp.GATEWAY, FakeApp.class);
        PlatformSettings settings = settingsOnFreePorts();

        assertThatThrownBy(() -> EmbeddedPlatform.start(settings, out))
                .isInstanceOf(PlatformStartupException.class)
                .hasMessageContaining(PlatformApp.ENROLLMENT.jar(home).toString())
                .hasMessageContaining(PlatformApp.SUBSIDY.jar(home).toString())
                .hasMessageContaining(PlatformApp.TEACHER.jar(home).toString())
                .hasMessageContaining(PlatformApp.REPORTING.jar(home).toString())
                .hasMessageNotContaining(PlatformApp.GATEWAY.jar(home).toString())
                .hasMessageContaining(EmbeddedPlatform.BUILD_COMMAND);
        assertThat(settings.dataDir()).doesNotExist();
    }

    @Test
    void refusesToStartWhenAPortIsTakenAndNamesItsVariable() throws IOException {
        FakeAppJars.installAll(home, FakeApp.class);
        PlatformSettings settings = settingsOnFreePorts();

        try (ServerSocket taken = new ServerSocket(settings.mongoPort(), 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EmbeddedPlatform.start(settings, out))
                    .isInstanceOf(PlatformStartupException.class)
                    .hasMessageContaining("EDUAID_MONGO_PORT");
        }
        assertThat(settings.kafkaDir()).doesNotExist();
    }

    private PlatformSettings settingsOnFreePorts() {
        PlatformSettings settings = PlatformSettings.fromEnvironment(Map.of(), home)
                .withKafkaPort(Ports.findFree())
                .withMongoPort(Ports.findFree())
                .withServiceJavaOpts(List.of("-Xmx32m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"))
                .withStartupTimeout(Duration.ofSeconds(30));
        for (PlatformApp app : PlatformApp.values()) {
            settings = settings.withAppPort(app, Ports.findFree());
        }
        return settings;
    }

    /** The JVMs the launcher started for this test: their command line names a jar under the test's home. */
    private List<ProcessHandle> appProcesses() {
        return ProcessHandle.current().children()
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().commandLine().orElse("").contains(home.toString()))
                .toList();
    }

    private static List<Integer> allPorts(PlatformSettings settings) {
        return IntStream.concat(IntStream.of(settings.kafkaPort(), settings.mongoPort()),
                settings.appPorts().values().stream().mapToInt(Integer::intValue)).boxed().toList();
    }

    private String get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
