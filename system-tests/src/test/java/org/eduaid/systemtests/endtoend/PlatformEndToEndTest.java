package org.eduaid.systemtests.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.eduaid.contracts.Topics;
import org.eduaid.contracts.access.KafkaAccessPolicy;
import org.eduaid.launcher.EmbeddedPlatform;
import org.eduaid.launcher.PlatformApp;
import org.eduaid.launcher.PlatformSettings;
import org.eduaid.launcher.Ports;
import org.eduaid.launcher.RunningPlatform;
import org.eduaid.systemtests.RepositoryRoot;
import org.eduaid.testkit.KafkaTestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.jayway.jsonpath.JsonPath;

/**
 * The walking skeleton through everything: the launcher runs the real broker, the store and the
 * five apps from their built jars; a school registered through the gateway is stored by
 * enrollment-service, published, copied by subsidy-service and teacher-service and counted by
 * reporting-service at county, city and province level.
 */
class PlatformEndToEndTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dataDir;

    private static RunningPlatform platform;

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
        HttpResponse<String> created = post("/api/enrollment/schools", """
                {"schoolCode":"2150042401","name":"林西县统部镇中心小学","countyCode":"150424",
                 "kind":"PRIMARY","locality":"RURAL","boarding":true}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("X-Correlation-Id")).isPresent();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(status("/api/subsidies/schools/2150042401")).isEqualTo(200);
            assertThat(status("/api/teachers/schools/2150042401")).isEqualTo(200);
            assertThat(schoolsIn("150424")).isEqualTo(1);
        });
        assertThat(JsonPath.<Boolean>read(get("/api/teachers/schools/2150042401").body(), "$.rural")).isTrue();
        assertThat(JsonPath.<String>read(get("/api/subsidies/schools/2150042401").body(), "$.countyCode")).isEqualTo("150424");
        assertThat(schoolsIn("1504")).isEqualTo(1);
        assertThat(schoolsIn("15")).isEqualTo(1);
        assertThat(schoolsIn("54")).isZero();
    }

    @Test
    void theCallersTraceContinuesThroughTheGatewayAndTheServiceIntoTheEvent() throws Exception {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        HttpResponse<String> created = send(HttpRequest.newBuilder(gateway("/api/enrollment/schools"))
                .header("Content-Type", "application/json")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"schoolCode":"1150101001","name":"东城区第一小学","countyCode":"110101","kind":"PRIMARY",
                         "locality":"URBAN"}""")));
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
        HttpResponse<String> rejected = post("/api/enrollment/schools", """
                {"schoolCode":"21500424019","name":"十一位代码","countyCode":"150424","kind":"PRIMARY","locality":"RURAL"}""");

        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(rejected.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(JsonPath.<String>read(rejected.body(), "$.errors[0].field")).isEqualTo("schoolCode");
        assertThat(status("/api/enrollment/schools/2150042401".replace("2401", "2409"))).isEqualTo(404);
    }

    /** Apart from the launcher's own "==== started" marker, every line an app writes is a JSON log event. */
    @Test
    void everyServiceLogsStructuredJson() throws IOException {
        try (Stream<Path> logs = Files.list(platform.logDir())) {
            for (Path log : logs.filter(path -> path.getFileName().toString().endsWith("-service.log")).toList()) {
                assertThat(Files.readAllLines(log)).as(log.toString()).isNotEmpty()
                        .filteredOn(line -> !line.isBlank() && !line.startsWith("==== ")).allSatisfy(line -> assertThat(line).startsWith("{"));
            }
        }
    }

    private static long schoolsIn(String region) throws Exception {
        HttpResponse<String> report = get("/api/reports/schools?region=" + region);
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        return JsonPath.<Number>read(report.body(), "$.schools").longValue();
    }

    private static int status(String path) throws Exception {
        return get(path).statusCode();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(gateway(path)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(gateway(path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI gateway(String path) {
        return platform.gatewayUrl().resolve(path);
    }
}
