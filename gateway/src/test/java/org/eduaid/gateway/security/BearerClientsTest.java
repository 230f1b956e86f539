package org.eduaid.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.stream.Stream;

import org.eduaid.gateway.GatewayTestSettings;
import org.eduaid.gateway.SecuredGatewayTest;
import org.eduaid.gateway.StubBackend;
import org.eduaid.testkit.security.TestCallers;
import org.eduaid.testkit.security.TestToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** API clients that bring their own bearer token, and requests that bring none. */
class BearerClientsTest extends SecuredGatewayTest {

    static Stream<Arguments> tokensTheGatewayMustRefuse() {
        return Stream.of(
                Arguments.of("expired", TestCallers.countyOfficer("150424").expired().encode()),
                Arguments.of("from another issuer", TestCallers.countyOfficer("150424").issuer("https://idp.elsewhere.example").encode()),
                Arguments.of("for another audience", TestCallers.countyOfficer("150424").audience("another-api").encode()),
                Arguments.of("signed with a key the provider never published", TestCallers.countyOfficer("150424").signedByStranger().encode()),
                Arguments.of("altered after signing", TestCallers.countyOfficer("150424").tampered().encode()),
                Arguments.of("not a token at all", "not.a.token"));
    }

    @ParameterizedTest(name = "a token {0}")
    @MethodSource("tokensTheGatewayMustRefuse")
    void refusesABadTokenWithUnauthorizedProblemAndNeverCallsTheService(String why, String token) {
        String path = "/api/enrollment/students/" + UUID.randomUUID();

        client.get().uri(path).headers(headers -> headers.setBearerAuth(token)).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"eduaid\", error=\"invalid_token\"")
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.title").isEqualTo("Unauthorized")
                .jsonPath("$.instance").isEqualTo(path)
                .jsonPath("$.correlationId").isNotEmpty()
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail)
                        .doesNotContainIgnoringCase("jwt").doesNotContainIgnoringCase("signature")
                        .doesNotContainIgnoringCase("exception"));
        assertThat(BACKEND.receivedPaths()).doesNotContain(path);
    }

    @Test
    void answersAnApiCallWithoutCredentialsWithUnauthorizedProblemNotARedirect() {
        String path = "/api/subsidies/applications/" + UUID.randomUUID();

        client.get().uri(path).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().doesNotExist(HttpHeaders.LOCATION)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"eduaid\"")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
        assertThat(BACKEND.receivedPaths()).doesNotContain(path);
    }

    @Test
    void passesAValidTokenOnUnchanged() {
        String token = TestCallers.schoolClerk("150424", "2150042401").encode();

        client.get().uri("/api/enrollment/schools/2150042401").headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(StubBackend.SEEN_AUTHORIZATION, "Bearer " + token);
    }

    @Test
    void needsNoCsrfTokenForABearerRequestThatChangesData() {
        client.post().uri("/api/enrollment/schools")
                .headers(headers -> headers.setBearerAuth(TestCallers.countyOfficer("150424").encode()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(StubBackend.NAME, "enrollment");
    }

    @Test
    void keepsTheCallersCookiesFromTheServices() {
        client.get().uri("/api/teachers/t-1")
                .headers(headers -> headers.setBearerAuth(TestCallers.auditor("15").encode()))
                .cookie("SESSION", "a-session-id").cookie("XSRF-TOKEN", "a-csrf-token")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(StubBackend.SEEN_COOKIE, "null");
    }

    @Test
    void tellsABearerClientWhoItIsAndHandsOutTheCsrfCookie() {
        TestToken officer = TestCallers.countyOfficer("150424");

        client.get().uri("/api/me").headers(headers -> headers.setBearerAuth(officer.encode())).exchange()
                .expectStatus().isOk()
                .expectHeader().cacheControl(CacheControl.noStore())
                .expectCookie().exists("XSRF-TOKEN")
                .expectCookie().httpOnly("XSRF-TOKEN", false)
                .expectBody()
                .jsonPath("$.name").isEqualTo(officer.subject())
                .jsonPath("$.role").isEqualTo(TestCallers.COUNTY_OFFICER)
                .jsonPath("$.region").isEqualTo("150424")
                .jsonPath("$.school").doesNotExist();
    }

    @Test
    void showsAClerkTheirSchoolAndTheAdministratorNoRegion() {
        client.get().uri("/api/me")
                .headers(headers -> headers.setBearerAuth(TestCallers.schoolClerk("150425", "2150042502").encode()))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.role").isEqualTo(TestCallers.SCHOOL_CLERK)
                .jsonPath("$.region").isEqualTo("150425")
                .jsonPath("$.school").isEqualTo("2150042502");
        client.get().uri("/api/me")
                .headers(headers -> headers.setBearerAuth(TestCallers.platformAdmin().encode()))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.role").isEqualTo(TestCallers.PLATFORM_ADMIN)
                .jsonPath("$.region").doesNotExist();
    }

    @Test
    void refusesToSayWhoAnUnknownCallerIs() {
        client.get().uri("/api/me").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void sendsABrowserWithoutSessionToSignIn() {
        client.get().uri("/").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isFound()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/oauth2/authorization/eduaid");
    }

    @Test
    void startsTheSignInAtTheProviderWithTheGatewaysClient() {
        String location = client.get().uri("/oauth2/authorization/eduaid").exchange()
                .expectStatus().isFound()
                .returnResult(Void.class).getResponseHeaders().getLocation().toString();

        assertThat(location).startsWith(GatewayTestSettings.authorizationUri() + "?")
                .contains("response_type=code")
                .contains("client_id=" + GatewayTestSettings.CLIENT_ID)
                .contains("scope=openid%20profile")
                .contains("redirect_uri=http://localhost:")
                .contains("/login/oauth2/code/eduaid")
                .contains("state=")
                .contains("nonce=");
    }

    @Test
    void leavesHealthOpenToProbes() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
    }

    @Test
    void refusesActuatorEndpointsOtherThanHealthInfoAndMetricsEvenToTheAdministrator() {
        client.get().uri("/actuator/env")
                .headers(headers -> headers.setBearerAuth(TestCallers.platformAdmin().encode()))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
