package org.eduaid.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;

import org.eduaid.gateway.GatewayTestSettings;
import org.eduaid.gateway.SecuredGatewayTest;
import org.eduaid.gateway.StubBackend;
import org.eduaid.testkit.security.TestCallers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** CORS for the dashboard's origin only, and the headers that keep browsers careful with our answers. */
class BrowserPoliciesTest extends SecuredGatewayTest {

    @Test
    void letsTheDashboardsOriginCallTheApiWithCredentials() {
        client.options().uri("/api/enrollment/schools")
                .header(HttpHeaders.ORIGIN, GatewayTestSettings.DASHBOARD_ORIGIN)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type, x-xsrf-token, idempotency-key, if-match")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, GatewayTestSettings.DASHBOARD_ORIGIN)
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, allowed -> assertThat(allowed.toLowerCase())
                        .contains("content-type", "x-xsrf-token", "idempotency-key", "if-match"))
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods -> assertThat(methods).contains("POST"));
    }

    @Test
    void refusesAPreflightFromAnyOtherOrigin() {
        client.options().uri("/api/enrollment/schools")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
    }

    @Test
    void refusesACrossOriginCallFromAnyOtherOriginEvenWithAValidToken() {
        client.get().uri("/api/enrollment/schools")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .headers(headers -> headers.setBearerAuth(TestCallers.countyOfficer("150424").encode()))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(StubBackend.NAME)
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void putsTheSecurityHeadersOnAServicesAnswer() {
        client.get().uri("/api/enrollment/schools")
                .headers(headers -> headers.setBearerAuth(TestCallers.countyOfficer("150424").encode()))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(StubBackend.NAME, "enrollment")
                .expectHeader().value(HttpHeaders.CONTENT_TYPE, type -> assertThat(type).startsWith("application/json"))
                .expectAll(securityHeaders())
                // the stub says "public, max-age=600"; personal data must not stay in any cache
                .expectHeader().cacheControl(CacheControl.noStore());
    }

    @Test
    void putsTheSecurityHeadersOnTheGatewaysOwnAnswers() {
        client.get().uri("/api/reports/regions").exchange()
                .expectStatus().isUnauthorized()
                .expectAll(securityHeaders())
                .expectHeader().cacheControl(CacheControl.noStore());
        client.get().uri("/").exchange()
                .expectStatus().isFound()
                .expectAll(securityHeaders());
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectAll(securityHeaders());
    }

    @Test
    void sendsNoHstsOverPlainHttp() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist("Strict-Transport-Security");
    }

    @Test
    void pinsHttpsWhenServedOverHttps(@Autowired ApplicationContext gateway) {
        WebTestClient overHttps = WebTestClient.bindToApplicationContext(gateway).configureClient()
                .baseUrl("https://gateway.eduaid.example").build();

        overHttps.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
    }

    private static WebTestClient.ResponseSpec.ResponseSpecConsumer securityHeaders() {
        Consumer<String> policy = csp -> assertThat(csp)
                .contains("default-src 'self'")
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline")
                .contains("frame-ancestors 'none'")
                .contains("form-action 'self' " + GatewayTestSettings.providerOrigin());
        return response -> response
                .expectHeader().value("Content-Security-Policy", policy)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "same-origin")
                .expectHeader().value("Permissions-Policy", permissions -> assertThat(permissions)
                        .contains("camera=()", "microphone=()", "geolocation=()"));
    }
}
