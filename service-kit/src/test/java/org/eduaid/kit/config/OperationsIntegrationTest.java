package org.eduaid.kit.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.security.TestCallers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What ops relies on in every service: probes that include Kafka and MongoDB, metrics, problem details. */
@EduAidServiceTest
class OperationsIntegrationTest {

    @Autowired
    WebTestClient web;

    @Test
    void readinessCoversKafkaAndMongoDbAndLivenessIsSeparate() {
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.mongo.status").isEqualTo("UP")
                .jsonPath("$.components.binders.status").isEqualTo("UP");
        web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.mongo").doesNotExist();
    }

    @Test
    void prometheusExposesTheOutboxBacklogAndConsumerCounters() {
        String metrics = web.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(metrics).contains("eduaid_outbox_backlog", "eduaid_outbox_oldest_pending_seconds",
                "eduaid_outbox_events_published_total");
    }

    @Test
    void anUnknownPathIsAProblemDetailCarryingTheCallersCorrelationId() {
        TestCallers.platformAdmin().signIn(web).get().uri("/api/nothing-here").header("X-Correlation-Id", "clerk-42")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("X-Correlation-Id", "clerk-42")
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.correlationId").isEqualTo("clerk-42");
    }

    @Test
    void withoutATokenEvenAnUnknownPathIsUnauthorizedAndReportsNoInternals() {
        web.get().uri("/api/nothing-here").header("X-Correlation-Id", "clerk-43").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.correlationId").isEqualTo("clerk-43")
                .jsonPath("$.trace").doesNotExist()
                .jsonPath("$.exception").doesNotExist();
    }

    @Test
    void actuatorEndpointsBeyondHealthAndScrapingAreForAdministrators() {
        web.get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized();
        TestCallers.countyOfficer("150424").signIn(web).get().uri("/actuator/metrics").exchange()
                .expectStatus().isForbidden();
        TestCallers.platformAdmin().signIn(web).get().uri("/actuator/metrics").exchange().expectStatus().isOk();
    }

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = { "/api/students/150424201203151236", "/api/students?idNumber=15042420110908118X",
            "/api/students?idNumber=15042420110908118x", "/api/students/%31%35%30%34%32%34%32%30%31%32%30%33%31%35%31%32%33%36" })
    void aUrlCarryingAResidentIdNumberIsRefusedBeforeAnythingElse(String url) {
        web.get().uri(java.net.URI.create("http://localhost:" + port + url)).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("url")
                .jsonPath("$.instance").value(instance -> assertThat(instance.toString()).doesNotContain("20120315"));
    }
}
