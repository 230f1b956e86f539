package org.eduaid.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.eduaid.testkit.security.TestCallers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class GatewayRoutingTest {

    private static final int ONE_MEGABYTE = 1024 * 1024;

    private static final Map<String, StubBackend> BACKENDS = Map.of(
            "ENROLLMENT_SERVICE_URL", StubBackend.start("enrollment"),
            "SUBSIDY_SERVICE_URL", StubBackend.start("subsidy"),
            "TEACHER_SERVICE_URL", StubBackend.start("teacher"),
            "REPORTING_SERVICE_URL", StubBackend.start("reporting"));

    private WebTestClient client;

    @BeforeEach
    void signInAsAnApiClient(@Autowired WebTestClient anonymous) {
        String token = TestCallers.countyOfficer("150424").encode();
        client = anonymous.mutate().defaultHeaders(headers -> headers.setBearerAuth(token)).build();
    }

    @DynamicPropertySource
    static void pointRoutesAtStubs(DynamicPropertyRegistry registry) {
        GatewayTestSettings.identityProvider(registry);
        BACKENDS.forEach((variable, backend) -> registry.add(variable, backend::url));
    }

    @AfterAll
    static void stopStubs() {
        BACKENDS.values().forEach(StubBackend::close);
    }

    @ParameterizedTest
    @CsvSource({
            "/api/enrollment/schools/42?region=110101, enrollment",
            "/api/subsidies/applications, subsidy",
            "/api/teachers/t-7/postings, teacher",
            "/api/reports/regions/11/dropouts?year=2025, reporting"})
    void routesEachPrefixToItsServiceWithThePathUnchanged(String path, String backend) {
        client.get().uri(path).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(StubBackend.NAME, backend)
                .expectHeader().valueEquals(StubBackend.SEEN_PATH, path);
    }

    @Test
    void givesARequestWithoutCorrelationIdANewOneAndReturnsIt() {
        var response = client.get().uri("/api/enrollment/schools").exchange()
                .expectStatus().isOk()
                .returnResult(String.class);

        String returned = response.getResponseHeaders().getFirst(CorrelationIdFilter.HEADER);
        String seenDownstream = response.getResponseHeaders().getFirst(StubBackend.SEEN_CORRELATION_ID);
        assertThat(returned).isNotNull().isEqualTo(seenDownstream);
        assertThat(UUID.fromString(returned)).isNotNull();
    }

    @Test
    void keepsTheCallersCorrelationId() {
        client.get().uri("/api/teachers").header(CorrelationIdFilter.HEADER, "batch-2025-09.17").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(StubBackend.SEEN_CORRELATION_ID, "batch-2025-09.17")
                .expectHeader().valueEquals(CorrelationIdFilter.HEADER, "batch-2025-09.17");
    }

    @Test
    void replacesACorrelationIdThatIsNoPlainToken() {
        var response = client.get().uri("/api/reports/regions").header(CorrelationIdFilter.HEADER, "<script>alert(1)</script>")
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class);

        String seenDownstream = response.getResponseHeaders().getFirst(StubBackend.SEEN_CORRELATION_ID);
        assertThat(UUID.fromString(seenDownstream)).isNotNull();
        assertThat(response.getResponseHeaders().getFirst(CorrelationIdFilter.HEADER)).isEqualTo(seenDownstream);
    }

    @Test
    void answersAnUnknownPathWithNotFoundProblem() {
        client.get().uri("/api/unknown/things").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(CorrelationIdFilter.HEADER)
                .expectBody()
                .jsonPath("$.type").isEqualTo("about:blank")
                .jsonPath("$.title").isEqualTo("Not Found")
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.detail").isNotEmpty()
                .jsonPath("$.instance").isEqualTo("/api/unknown/things")
                .jsonPath("$.correlationId").isNotEmpty();
    }

    @Test
    void forwardsABodyOfExactlyTheLimit() {
        client.post().uri("/api/subsidies/applications").contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(new byte[ONE_MEGABYTE]).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(StubBackend.SEEN_BODY_BYTES, String.valueOf(ONE_MEGABYTE));
    }

    @Test
    void refusesABodyOverTheLimitWithContentTooLargeProblem() {
        client.post().uri("/api/subsidies/applications").contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(new byte[ONE_MEGABYTE + 1]).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().doesNotExist(StubBackend.NAME)
                .expectBody()
                .jsonPath("$.status").isEqualTo(413)
                .jsonPath("$.instance").isEqualTo("/api/subsidies/applications");
    }

    @Test
    void forwardsAnImportFileFarOverTheBodyLimitToEnrollmentService() {
        int fileSize = 3 * ONE_MEGABYTE;
        client.post().uri("/api/enrollment/imports/students?countyCode=150424").contentType(MediaType.TEXT_PLAIN)
                .bodyValue(new byte[fileSize]).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(StubBackend.SEEN_BODY_BYTES, String.valueOf(fileSize));
        client.post().uri("/api/enrollment/students").contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(new byte[ONE_MEGABYTE + 1]).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
    }

    @Test
    void servesItsOwnHealthAndMetricsRatherThanRoutingThem() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
    }
}
