package org.eduaid.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.eduaid.gateway.GatewayTestSettings;
import org.eduaid.gateway.StubBackend;
import org.eduaid.testkit.security.TestCallers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Each caller's own allowance: a burst of three, then one request per 1000 s, so the test never races
 * the refill.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class RateLimitTest {

    private static final int BURST = 3;
    private static final StubBackend BACKEND = StubBackend.start("reporting");

    @Autowired
    private WebTestClient client;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        GatewayTestSettings.identityProvider(registry);
        GatewayTestSettings.routesTo(registry, BACKEND);
        registry.add("GATEWAY_RATE_LIMIT_BURST", () -> BURST);
        registry.add("GATEWAY_RATE_LIMIT_PER_SECOND", () -> "0.001");
    }

    @AfterAll
    static void stopBackend() {
        BACKEND.close();
    }

    @Test
    void answersTooManyRequestsWithRetryAfterOnceACallersBurstIsSpent() {
        String token = TestCallers.provinceOfficer("15").encode();
        for (int call = 0; call < BURST; call++) {
            client.get().uri("/api/reports/regions/15").headers(headers -> headers.setBearerAuth(token)).exchange()
                    .expectStatus().isOk();
        }
        String path = "/api/reports/regions/15/" + UUID.randomUUID();

        client.get().uri(path).headers(headers -> headers.setBearerAuth(token)).exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 1000L))
                .expectHeader().exists("Content-Security-Policy")
                .expectBody()
                .jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.title").isEqualTo("Too Many Requests")
                .jsonPath("$.instance").isEqualTo(path);
        assertThat(BACKEND.receivedPaths()).doesNotContain(path);
    }

    @Test
    void countsEachUserOnTheirOwn() {
        String busy = TestCallers.countyOfficer("150424").encode();
        for (int call = 0; call <= BURST; call++) {
            client.get().uri("/api/reports/regions/150424").headers(headers -> headers.setBearerAuth(busy)).exchange();
        }
        client.get().uri("/api/reports/regions/150424").headers(headers -> headers.setBearerAuth(busy)).exchange()
                .expectStatus().isEqualTo(429);

        client.get().uri("/api/reports/regions/150425")
                .headers(headers -> headers.setBearerAuth(TestCallers.countyOfficer("150425").encode())).exchange()
                .expectStatus().isOk();
    }

    @Test
    void countsAnonymousCallersByAddressWhateverXForwardedForTheyClaimSignInStartsIncluded() {
        for (int call = 0; call < BURST; call++) {
            String claimed = "203.0.113." + call;
            client.get().uri("/api/reports/regions").header("X-Forwarded-For", claimed).exchange()
                    .expectStatus().isUnauthorized();
        }

        client.get().uri("/api/reports/regions").header("X-Forwarded-For", "198.51.100.7").exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER);
        // every sign-in start creates a session: a flood of them must not fill the session store
        client.get().uri("/oauth2/authorization/eduaid").exchange().expectStatus().isEqualTo(429);
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
        client.get().uri("/api/reports/regions")
                .headers(headers -> headers.setBearerAuth(TestCallers.auditor("15").encode())).exchange()
                .expectStatus().isOk();
    }
}
