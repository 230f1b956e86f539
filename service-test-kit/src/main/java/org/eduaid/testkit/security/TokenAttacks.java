package org.eduaid.testkit.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every way a request can lack a trustworthy token, and the dynamic tests that hold each endpoint
 * of a service to answering all of them with 401 problem details.
 */
public final class TokenAttacks {

    private TokenAttacks() {
    }

    /** A name for each bad token (null = no Authorization header at all) and how to make it. */
    public static Map<String, Supplier<String>> badTokens() {
        Map<String, Supplier<String>> tokens = new LinkedHashMap<>();
        tokens.put("no token", () -> null);
        tokens.put("garbage", () -> "not-a-jwt");
        tokens.put("expired", () -> TestCallers.countyOfficer("150424").expired().encode());
        tokens.put("another issuer", () -> TestCallers.countyOfficer("150424").issuer("https://idp.example.org").encode());
        tokens.put("another audience", () -> TestCallers.countyOfficer("150424").audience("another-api").encode());
        tokens.put("forged signature", () -> TestCallers.countyOfficer("150424").signedByStranger().encode());
        tokens.put("tampered claims", () -> TestCallers.countyOfficer("150424").tampered().encode());
        tokens.put("unknown role", () -> TestIdentityProvider.get().token("HEADMASTER").region("150424").encode());
        tokens.put("officer without region", () -> TestIdentityProvider.get().token(TestCallers.COUNTY_OFFICER).encode());
        tokens.put("clerk without school", () -> TestIdentityProvider.get().token(TestCallers.SCHOOL_CLERK).region("150424").encode());
        return tokens;
    }

    /** One test per endpoint and bad token: 401, problem details, a bearer challenge. */
    public static Stream<DynamicTest> everyEndpointRefusesBadTokens(WebTestClient web, List<EndpointCall> endpoints) {
        return endpoints.stream().flatMap(endpoint -> badTokens().entrySet().stream()
                .map(bad -> DynamicTest.dynamicTest(endpoint + " with " + bad.getKey() + " → 401",
                        () -> endpoint.exchange(web, bad.getValue().get())
                                .expectStatus().isUnauthorized()
                                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                                .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer.*")
                                .expectBody().jsonPath("$.status").isEqualTo(401))));
    }
}
