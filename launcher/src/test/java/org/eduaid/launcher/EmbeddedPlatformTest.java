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
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.jwk.RSAKey;

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
                    "MONGODB_URI=mongodb://localhost:" + settings.mongoPort() + "/teacher?" + EmbeddedMongo.PATIENT_CONNECTION,
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
                    settings.dataDir().toString(), platform.url(PlatformApp.IDENTITY_PROVIDER).toString(),
                    "demo accounts: see README");
        }

        assertThat(apps).noneMatch(ProcessHandle::isAlive);
        assertThat(console.toString()).containsSubsequence("Stopping 6 apps", "Stopping MongoDB", "Stopping Kafka");
        assertThat(allPorts(settings)).allMatch(Ports::isFree);
    }

    @Test
    void wiresTheIdentityProviderGatewayAndServicesToOneAnotherWithTheGeneratedSecrets() throws Exception {
        FakeAppJars.installAll(home, FakeApp.class);
        PlatformSettings settings = settingsOnFreePorts();

        try (RunningPlatform platform = EmbeddedPlatform.start(settings, out)) {
            String issuer = "http://localhost:" + settings.port(PlatformApp.IDENTITY_PROVIDER);
            Map<String, String> provider = env(platform, PlatformApp.IDENTITY_PROVIDER);
            Map<String, String> gateway = env(platform, PlatformApp.GATEWAY);
            Map<String, String> service = env(platform, PlatformApp.ENROLLMENT);

            assertThat(provider).containsEntry("EDUAID_OIDC_ISSUER_URI", issuer)
                    .containsEntry("EDUAID_GATEWAY_URL", platform.gatewayUrl().toString())
                    .containsEntry("EDUAID_GATEWAY_CLIENT_ID", "eduaid-gateway")
                    .containsEntry("IDP_DEMO_ACCOUNTS", "true")
                    .doesNotContainKeys("KAFKA_BROKERS", "MONGODB_URI", "EDUAID_PRIVACY_KEYS");
            RSAKey signingKey = RSAKey.parse(provider.get("IDP_SIGNING_KEY"));
            assertThat(signingKey.isPrivate()).isTrue();
            assertThat(signingKey.size()).isGreaterThanOrEqualTo(2048);

            assertThat(gateway).containsEntry("EDUAID_OIDC_ISSUER_URI", issuer)
                    .containsEntry("EDUAID_OIDC_JWK_SET_URI", issuer + "/oauth2/jwks")
                    .containsEntry("EDUAID_GATEWAY_CLIENT_ID", "eduaid-gateway")
                    .containsEntry("EDUAID_GATEWAY_CLIENT_SECRET", provider.get("EDUAID_GATEWAY_CLIENT_SECRET"))
                    .doesNotContainKeys("IDP_SIGNING_KEY", "EDUAID_PRIVACY_KEYS", "EDUAID_BLIND_INDEX_KEY");
            assertThat(provider.get("EDUAID_GATEWAY_CLIENT_SECRET")).hasSizeGreaterThanOrEqualTo(43);

            assertThat(service).containsEntry("EDUAID_OIDC_ISSUER_URI", issuer)
                    .containsEntry("EDUAID_OIDC_JWK_SET_URI", issuer + "/oauth2/jwks")
                    .containsEntry("EDUAID_PRIVACY_ACTIVE_KEY", "k1")
                    .doesNotContainKeys("EDUAID_GATEWAY_CLIENT_SECRET", "IDP_SIGNING_KEY");
            assertThat(service.get("EDUAID_PRIVACY_KEYS")).startsWith("k1:");
            assertThat(Base64.getDecoder().decode(service.get("EDUAID_PRIVACY_KEYS").substring(3))).hasSize(32);
            assertThat(Base64.getDecoder().decode(service.get("EDUAID_BLIND_INDEX_KEY"))).hasSize(32);
            assertThat(env(platform, PlatformApp.REPORTING)).containsEntry("EDUAID_PRIVACY_KEYS", service.get("EDUAID_PRIVACY_KEYS"))
                    .containsEntry("EDUAID_BLIND_INDEX_KEY", service.get("EDUAID_BLIND_INDEX_KEY"));
        }
    }

    @Test
    void startsTheOtherAppsOnlyOnceTheIdentityProviderIsUp() throws Exception {
        FakeAppJars.installAll(home, FakeApp.class);
        PlatformSettings settings = settingsOnFreePorts();

        try (RunningPlatform platform = EmbeddedPlatform.start(settings, out)) {
            long providerAnswering = Long.parseLong(env(platform, PlatformApp.IDENTITY_PROVIDER).get(FakeApp.LISTENING_SINCE));
            for (PlatformApp app : PlatformApp.values()) {
                if (app != PlatformApp.IDENTITY_PROVIDER) {
                    assertThat(Long.parseLong(env(platform, app).get(FakeApp.JVM_STARTED_AT)))
                            .as("when %s's JVM started", app.module()).isGreaterThanOrEqualTo(providerAnswering);
                }
            }
        }
        assertThat(console.toString()).containsSubsequence("Waiting for identity-provider to report UP",
                "identity-provider", "UP after", "Started gateway");
    }

    @Test
    void keepsTheGeneratedSecretsForTheNextStart() throws Exception {
        FakeAppJars.installAll(home, FakeApp.class);
        Map<String, String> first;
        try (RunningPlatform platform = EmbeddedPlatform.start(settingsOnFreePorts(), out)) {
            first = secretsSeenBy(platform);
        }
        Map<String, String> second;
        try (RunningPlatform platform = EmbeddedPlatform.start(settingsOnFreePorts(), out)) {
            second = secretsSeenBy(platform);
            assertThat(platform.secretsDir().resolve("platform-secrets.properties")).isRegularFile();
        }

        assertThat(second).isEqualTo(first).doesNotContainValue(null);
    }

    @Test
    void anIdentityProviderThatDiesStopsTheStartBeforeAnyOtherAppIsStarted() {
        FakeAppJars.installAll(home, FakeApp.class);
        FakeAppJars.install(home, PlatformApp.IDENTITY_PROVIDER, FailingFakeApp.class);
        PlatformSettings settings = settingsOnFreePorts();

        assertThatThrownBy(() -> EmbeddedPlatform.start(settings, out))
                .isInstanceOf(PlatformStartupException.class)
                .hasMessageContaining("identity-provider")
                .hasMessageNotContaining("gateway");

        assertThat(console.toString()).contains("exited with code " + FailingFakeApp.EXIT_CODE, FailingFakeApp.LAST_WORDS)
                .doesNotContain("Started gateway", "Started enrollment-service");
        assertThat(appProcesses()).isEmpty();
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
                .hasMessageContaining(PlatformApp.IDENTITY_PROVIDER.jar(home).toString())
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

    /** What the fake app was started with, read from its {@code /env}. */
    private Map<String, String> env(RunningPlatform platform, PlatformApp app) throws IOException, InterruptedException {
        Map<String, String> env = new HashMap<>();
        for (String line : get(platform.url(app).resolve("/env")).split("\n")) {
            int equals = line.indexOf('=');
            env.put(line.substring(0, equals), line.substring(equals + 1));
        }
        return env;
    }

    private Map<String, String> secretsSeenBy(RunningPlatform platform) throws IOException, InterruptedException {
        Map<String, String> provider = env(platform, PlatformApp.IDENTITY_PROVIDER);
        Map<String, String> service = env(platform, PlatformApp.SUBSIDY);
        Map<String, String> secrets = new HashMap<>();
        secrets.put("client secret", provider.get("EDUAID_GATEWAY_CLIENT_SECRET"));
        secrets.put("signing key", provider.get("IDP_SIGNING_KEY"));
        secrets.put("privacy keys", service.get("EDUAID_PRIVACY_KEYS"));
        secrets.put("blind index key", service.get("EDUAID_BLIND_INDEX_KEY"));
        return secrets;
    }

    private String get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
