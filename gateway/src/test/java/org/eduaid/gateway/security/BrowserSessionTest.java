package org.eduaid.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.eduaid.gateway.GatewayTestSettings;
import org.eduaid.gateway.SecuredGatewayTest;
import org.eduaid.gateway.StubBackend;
import org.eduaid.gateway.TestTokenEndpoint;
import org.eduaid.testkit.security.TestCallers;
import org.eduaid.testkit.security.TestToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.util.UriComponentsBuilder;

/** A browser after sign-in: its session's token relayed and renewed, CSRF checked, sign-out at the provider. */
class BrowserSessionTest extends SecuredGatewayTest {

    private SignedInBrowsers browsers;

    @BeforeEach
    void lookUpTheSessionStore(@Autowired ApplicationContext gateway) {
        browsers = new SignedInBrowsers(gateway);
    }

    @Test
    void relaysTheSessionsAccessTokenToTheService() {
        String accessToken = TestCallers.countyOfficer("150424").encode();
        String session = browsers.signedIn("officer-linxi", SignedInBrowsers.accessToken(accessToken), null);

        client.get().uri("/api/enrollment/schools").cookie(SignedInBrowsers.SESSION_COOKIE, session).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(StubBackend.SEEN_AUTHORIZATION, "Bearer " + accessToken)
                .expectHeader().valueEquals(StubBackend.SEEN_COOKIE, "null");
    }

    @Test
    void renewsAnExpiredAccessTokenWithTheRefreshTokenOnce() {
        TestToken officer = TestCallers.cityOfficer("1504");
        String session = browsers.signedIn(officer.subject(),
                SignedInBrowsers.expiredAccessToken(officer.expired().encode()), refreshToken("refresh-1"));
        String renewed = TestCallers.cityOfficer("1504").subject(officer.subject()).encode();
        TestTokenEndpoint tokenEndpoint = TestTokenEndpoint.get();
        tokenEndpoint.answerWithTokens(renewed, "refresh-2");
        int asked = tokenEndpoint.requests().size();

        for (int call = 0; call < 2; call++) {
            client.get().uri("/api/reports/regions/1504").cookie(SignedInBrowsers.SESSION_COOKIE, session).exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals(StubBackend.SEEN_AUTHORIZATION, "Bearer " + renewed);
        }

        assertThat(tokenEndpoint.requests()).hasSize(asked + 1);
        TestTokenEndpoint.Request renewal = tokenEndpoint.requests().get(asked);
        assertThat(renewal.form()).containsEntry("grant_type", "refresh_token").containsEntry("refresh_token", "refresh-1");
        assertThat(renewal.authorization()).isEqualTo("Basic " + Base64.getEncoder().encodeToString(
                (GatewayTestSettings.CLIENT_ID + ":" + GatewayTestSettings.CLIENT_SECRET).getBytes()));
    }

    @Test
    void answersUnauthorizedNotARedirectWhenTheProviderRefusesToRenew() {
        TestToken officer = TestCallers.countyOfficer("150425");
        String session = browsers.signedIn(officer.subject(),
                SignedInBrowsers.expiredAccessToken(officer.expired().encode()), refreshToken("revoked"));
        TestTokenEndpoint.get().answerWithError("invalid_grant");
        String path = "/api/teachers/" + UUID.randomUUID();

        for (int call = 0; call < 2; call++) {
            client.get().uri(path).cookie(SignedInBrowsers.SESSION_COOKIE, session).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().doesNotExist(HttpHeaders.LOCATION)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.detail").isEqualTo("The sign-in has expired; sign in again.");
        }
        assertThat(BACKEND.receivedPaths()).doesNotContain(path);
    }

    @Test
    void answersUnauthorizedForASessionWithoutTokens() {
        String session = browsers.signedInWithoutTokens("someone");

        client.get().uri("/api/enrollment/schools").cookie(SignedInBrowsers.SESSION_COOKIE, session).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().doesNotExist(HttpHeaders.LOCATION);
    }

    @Test
    void tellsTheDashboardWhoIsSignedInFromTheAccessToken() {
        TestToken clerk = TestCallers.schoolClerk("150424", "2150042401");
        String session = browsers.signedIn(clerk.subject(), SignedInBrowsers.accessToken(clerk.encode()), null);

        client.get().uri("/api/me").cookie(SignedInBrowsers.SESSION_COOKIE, session).exchange()
                .expectStatus().isOk()
                .expectCookie().exists("XSRF-TOKEN")
                .expectBody()
                .jsonPath("$.name").isEqualTo(clerk.subject())
                .jsonPath("$.role").isEqualTo(TestCallers.SCHOOL_CLERK)
                .jsonPath("$.region").isEqualTo("150424")
                .jsonPath("$.school").isEqualTo("2150042401");
    }

    @Test
    void refusesAChangeWithoutTheCsrfTokenBeforeItReachesTheService() {
        String session = browsers.signedIn("officer-a", SignedInBrowsers.accessToken(
                TestCallers.countyOfficer("150424").encode()), null);
        String xsrf = xsrfTokenFor(session);
        String path = "/api/enrollment/schools/" + UUID.randomUUID();

        client.post().uri(path).cookie(SignedInBrowsers.SESSION_COOKIE, session)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
        client.post().uri(path).cookie(SignedInBrowsers.SESSION_COOKIE, session).cookie("XSRF-TOKEN", xsrf)
                .header("X-XSRF-TOKEN", "guessed-" + xsrf)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isForbidden();
        assertThat(BACKEND.receivedPaths()).doesNotContain(path);
    }

    @Test
    void relaysAChangeThatEchoesTheCsrfCookie() {
        String accessToken = TestCallers.countyOfficer("150424").encode();
        String session = browsers.signedIn("officer-b", SignedInBrowsers.accessToken(accessToken), null);
        String xsrf = xsrfTokenFor(session);

        client.post().uri("/api/enrollment/schools").cookie(SignedInBrowsers.SESSION_COOKIE, session)
                .cookie("XSRF-TOKEN", xsrf).header("X-XSRF-TOKEN", xsrf)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(StubBackend.SEEN_AUTHORIZATION, "Bearer " + accessToken);
    }

    @Test
    void signsOutAtTheProviderAndEndsTheSession() {
        String session = browsers.signedIn("officer-c", SignedInBrowsers.accessToken(
                TestCallers.countyOfficer("150424").encode()), null);
        String xsrf = xsrfTokenFor(session);

        var signOut = client.post().uri("/logout").cookie(SignedInBrowsers.SESSION_COOKIE, session)
                .cookie("XSRF-TOKEN", xsrf).header("X-XSRF-TOKEN", xsrf)
                .exchange()
                .expectStatus().isFound()
                .returnResult(Void.class);
        URI location = signOut.getResponseHeaders().getLocation();

        assertThat(location.toString()).startsWith(GatewayTestSettings.endSessionUri() + "?");
        var query = UriComponentsBuilder.fromUri(location).build().getQueryParams();
        assertThat(query.getFirst("id_token_hint")).isEqualTo("id-token-of-officer-c");
        assertThat(query.getFirst("post_logout_redirect_uri")).matches("http://localhost:\\d+/");
        assertThat(browsers.exists(session)).isFalse();
        assertThat(browsers.anySessionHoldsTokensOf("officer-c")).isFalse();
        ResponseCookie sessionCookie = signOut.getResponseCookies().getFirst(SignedInBrowsers.SESSION_COOKIE);
        assertThat(sessionCookie).isNotNull();
        assertThat(sessionCookie.getMaxAge()).isZero();
        client.get().uri("/api/enrollment/schools").cookie(SignedInBrowsers.SESSION_COOKIE, session).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void signsOutFromAFormThatCarriesTheCsrfTokenAsAField() {
        String session = browsers.signedIn("officer-e", SignedInBrowsers.accessToken(
                TestCallers.countyOfficer("150424").encode()), null);
        String xsrf = xsrfTokenFor(session);

        client.post().uri("/logout").cookie(SignedInBrowsers.SESSION_COOKIE, session).cookie("XSRF-TOKEN", xsrf)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("_csrf", xsrf))
                .exchange()
                .expectStatus().isFound()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location)
                        .startsWith(GatewayTestSettings.endSessionUri()));
        assertThat(browsers.anySessionHoldsTokensOf("officer-e")).isFalse();
    }

    @Test
    void refusesASignOutWithoutTheCsrfToken() {
        String session = browsers.signedIn("officer-d", SignedInBrowsers.accessToken(
                TestCallers.countyOfficer("150424").encode()), null);

        client.post().uri("/logout").cookie(SignedInBrowsers.SESSION_COOKIE, session).exchange()
                .expectStatus().isForbidden();
        assertThat(browsers.exists(session)).isTrue();
    }

    private String xsrfTokenFor(String session) {
        ResponseCookie cookie = client.get().uri("/api/me").cookie(SignedInBrowsers.SESSION_COOKIE, session).exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseCookies().getFirst("XSRF-TOKEN");
        assertThat(cookie).isNotNull();
        return cookie.getValue();
    }

    private static OAuth2RefreshToken refreshToken(String value) {
        return new OAuth2RefreshToken(value, Instant.now());
    }
}
