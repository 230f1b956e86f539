package org.eduaid.gateway.security;

import org.eduaid.gateway.GatewayTestSettings;
import org.eduaid.gateway.StubBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.CacheControl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The switch that exists only to measure what security costs: everything passes, no client secret is
 * needed, and the browser-facing headers stay.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "EDUAID_SECURITY_ENABLED=false", "EDUAID_GATEWAY_CLIENT_SECRET=" })
@AutoConfigureWebTestClient
class SecurityDisabledTest {

    private static final StubBackend BACKEND = StubBackend.start("reporting");

    @Autowired
    private WebTestClient client;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        GatewayTestSettings.routesTo(registry, BACKEND);
    }

    @AfterAll
    static void stopBackend() {
        BACKEND.close();
    }

    @Test
    void letsARequestWithoutCredentialsThroughWithTheHeadersStillSet() {
        client.post().uri("/api/reports/regions").bodyValue("{}").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(StubBackend.SEEN_AUTHORIZATION, "null")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().cacheControl(CacheControl.noStore());
    }
}
