package org.eduaid.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.eduaid.testkit.security.TestCallers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class GatewayDownstreamDownTest {

    @Autowired
    private WebTestClient client;

    @DynamicPropertySource
    static void pointRoutesAtAPortNobodyListensOn(DynamicPropertyRegistry registry) {
        GatewayTestSettings.identityProvider(registry);
        String nobodyHome = "http://localhost:" + closedPort();
        registry.add("ENROLLMENT_SERVICE_URL", () -> nobodyHome);
        registry.add("SUBSIDY_SERVICE_URL", () -> nobodyHome);
        registry.add("TEACHER_SERVICE_URL", () -> nobodyHome);
        registry.add("REPORTING_SERVICE_URL", () -> nobodyHome);
    }

    @Test
    void answersAServiceThatIsDownWithServiceUnavailableProblem() {
        client.get().uri("/api/reports/regions/11")
                .headers(headers -> headers.setBearerAuth(TestCallers.provinceOfficer("15").encode()))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(CorrelationIdFilter.HEADER)
                .expectBody()
                .jsonPath("$.type").isEqualTo("about:blank")
                .jsonPath("$.title").isEqualTo("Service Unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).doesNotContain("localhost"))
                .jsonPath("$.instance").isEqualTo("/api/reports/regions/11")
                .jsonPath("$.correlationId").isNotEmpty();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
