package org.eduaid.systemtests.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.eduaid.contracts.EventCatalog;
import org.eduaid.contracts.TopicSpec;
import org.eduaid.contracts.Topics;
import org.eduaid.contracts.access.KafkaAccessPolicy;
import org.eduaid.kit.privacy.ResidentIdRedactor;
import org.eduaid.launcher.EmbeddedPlatform;
import org.eduaid.launcher.PlatformApp;
import org.eduaid.launcher.PlatformSettings;
import org.eduaid.launcher.Ports;
import org.eduaid.launcher.RunningPlatform;
import org.eduaid.systemtests.RepositoryRoot;
import org.eduaid.systemtests.support.BrowserSession;
import org.eduaid.testkit.KafkaTestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.jayway.jsonpath.JsonPath;

/**
 * The walking skeleton through everything: the launcher runs the real broker, the store, the
 * identity provider and the five apps from their built jars; a county officer signs in through the
 * gateway, and a school they register is stored by enrollment-service, published, copied by
 * subsidy-service and teacher-service and counted by reporting-service at county, city and province
 * level, as the platform admin sees nationwide.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformEndToEndTest {

    /** A valid number (check character and all) of a child born in Linxi in 2012. */
    private static final String CHILD_ID_NUMBER = "150424201203151236";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dataDir;

    private static RunningPlatform platform;
    /** Signed in on first use, so that a test needing no one does not depend on the login. */
    private static BrowserSession linxiOfficer;
    private static BrowserSession platformAdmin;

    @BeforeAll
    static void startPlatform() {
        PlatformSettings settings = PlatformSettings.fromEnvironment()
                .withHome(RepositoryRoot.find())
                .withDataDir(dataDir)
                .withKafkaPort(Ports.findFree())
                .withMongoPort(Ports.findFree())
                .withStartupTimeout(Duration.ofMinutes(3));
        for (PlatformApp app : PlatformApp.values()) {
            settings = settings.withAppPort(app, Ports.findFree());
        }
        platform = EmbeddedPlatform.start(settings);
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aSchoolRegisteredThroughTheGatewayReachesEveryService() throws Exception {
        HttpResponse<String> created = linxiOfficer().postJson("/api/enrollment/schools", """
                {"schoolCode":"2150042401","name":"林西县统部镇中心小学","countyCode":"150424",
                 "kind":"PRIMARY","locality":"RURAL","boarding":true}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("X-Correlation-Id")).isPresent();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(status("/api/subsidies/schools/2150042401")).isEqualTo(200);
            assertThat(status("/api/teachers/schools/2150042401")).isEqualTo(200);
            assertThat(schoolsIn("150424")).isEqualTo(1);
        });
        assertThat(JsonPath.<Boolean>read(linxiOfficer().get("/api/teachers/schools/2150042401").body(), "$.rural")).isTrue();
        assertThat(JsonPath.<String>read(linxiOfficer().get("/api/subsidies/schools/2150042401").body(), "$.countyCode"))
                .isEqualTo("150424");
        assertThat(schoolsIn("1504")).isEqualTo(1);
        assertThat(schoolsIn("15")).isEqualTo(1);
        assertThat(schoolsIn("54")).isZero();
    }

    @Test
    void theCallersTraceContinuesThroughTheGatewayAndTheServiceIntoTheEvent() throws Exception {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        HttpResponse<String> created = platformAdmin().postJson("/api/enrollment/schools", """
                {"schoolCode":"1150101001","name":"东城区第一小学","countyCode":"110101","kind":"PRIMARY",
                 "locality":"URBAN"}""", "traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        try (KafkaTestClient kafka = new KafkaTestClient(platform.kafkaClientProperties(KafkaAccessPolicy.ADMIN))) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                    kafka.readAll(Topics.ENROLLMENT_SCHOOLS, Duration.ofSeconds(2)).stream()
                            .filter(record -> "1150101001".equals(record.key()))
                            .map(record -> KafkaTestClient.header(record, "traceparent")))
                    .singleElement().asString().startsWith("00-" + traceId + "-"));
        }
    }

    @Test
    void badInputThroughTheGatewayIsAProblemAndNothingReachesTheOtherServices() throws Exception {
        HttpResponse<String> rejected = linxiOfficer().postJson("/api/enrollment/schools", """
                {"schoolCode":"21500424019","name":"十一位代码","countyCode":"150424","kind":"PRIMARY","locality":"RURAL"}""");

        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(rejected.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(JsonPath.<String>read(rejected.body(), "$.errors[0].field")).isEqualTo("schoolCode");
        assertThat(linxiOfficer().get("/api/enrollment/schools/2150042401".replace("2401", "2409")).statusCode()).isEqualTo(404);
    }

    @Test
    void anApiCallWithoutASessionIsAnsweredWithA401ProblemNotARedirect() throws Exception {
        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(gateway("/api/enrollment/schools/2150042401"))
                .timeout(Duration.ofSeconds(10)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(JsonPath.<Integer>read(anonymous.body(), "$.status")).isEqualTo(401);
    }

    @Test
    void meShowsWhoIsSignedInWithTheRoleAndRegionTheProviderVouchedFor() throws Exception {
        HttpResponse<String> me = linxiOfficer().get("/api/me");

        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(JsonPath.<String>read(me.body(), "$.role")).isEqualTo("COUNTY_OFFICER");
        assertThat(JsonPath.<String>read(me.body(), "$.region")).isEqualTo("150424");
        assertThat(JsonPath.<String>read(me.body(), "$.name")).isEqualTo("林西县教育局");
    }

    /** Apart from the launcher's own "==== started" marker, every line an app writes is a JSON log event. */
    @Test
    void everyServiceAndTheIdentityProviderLogStructuredJson() throws IOException {
        try (Stream<Path> logs = Files.list(platform.logDir())) {
            List<Path> appLogs = logs.filter(path -> path.getFileName().toString().endsWith("-service.log")
                    || path.getFileName().toString().equals("identity-provider.log")).toList();
            assertThat(appLogs).hasSize(5);
            for (Path log : appLogs) {
                assertThat(Files.readAllLines(log)).as(log.toString()).isNotEmpty()
                        .filteredOn(line -> !line.isBlank() && !line.startsWith("==== ")).allSatisfy(line -> assertThat(line).startsWith("{"));
            }
        }
    }

    @Test
    void aResidentIdNumberInAUrlIsRefusedWhoeverAsks() throws Exception {
        HttpResponse<String> refused = linxiOfficer().get("/api/enrollment/schools/" + CHILD_ID_NUMBER);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).doesNotContain(CHILD_ID_NUMBER).contains("\"field\":\"url\"");
    }

    @Test
    void anIdNumberTypedAsAUserNameSignsNobodyIn() {
        assertThatThrownBy(() -> BrowserSession.signIn(platform.gatewayUrl(), CHILD_ID_NUMBER, "123456"))
                .isInstanceOf(IllegalStateException.class);
    }

    /**
     * Runs last: after everything above, which sent a child's ID number in a URL and as a user name,
     * no log line of any app or of the infrastructure, and no record on any topic, holds a valid one.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void noLogLineAndNoEventAnywhereHoldsAResidentIdNumber() throws IOException {
        try (Stream<Path> logs = Files.list(platform.logDir())) {
            for (Path log : logs.toList()) {
                assertThat(Files.readAllLines(log)).as(log.toString())
                        .noneMatch(ResidentIdRedactor::containsIdNumber);
            }
        }
        try (KafkaTestClient kafka = new KafkaTestClient(platform.kafkaClientProperties(KafkaAccessPolicy.ADMIN))) {
            for (TopicSpec topic : EventCatalog.TOPICS) {
                assertThat(kafka.readAll(topic.name(), Duration.ofSeconds(2))).as(topic.name())
                        .noneMatch(record -> ResidentIdRedactor.containsIdNumber(new String(record.value(), StandardCharsets.UTF_8)));
            }
        }
    }

    private static BrowserSession linxiOfficer() {
        if (linxiOfficer == null) {
            linxiOfficer = BrowserSession.signInAsDemo(platform.gatewayUrl(), "officer.linxi");
        }
        return linxiOfficer;
    }

    /** Nationwide: registers the Beijing school and reads the figures of every level, Tibet included. */
    private static BrowserSession platformAdmin() {
        if (platformAdmin == null) {
            platformAdmin = BrowserSession.signInAsDemo(platform.gatewayUrl(), "admin");
        }
        return platformAdmin;
    }

    private static long schoolsIn(String region) throws Exception {
        HttpResponse<String> report = platformAdmin().get("/api/reports/schools?region=" + region);
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        return JsonPath.<Number>read(report.body(), "$.schools").longValue();
    }

    private static int status(String path) throws Exception {
        return linxiOfficer().get(path).statusCode();
    }

    private static URI gateway(String path) {
        return platform.gatewayUrl().resolve(path);
    }
}
