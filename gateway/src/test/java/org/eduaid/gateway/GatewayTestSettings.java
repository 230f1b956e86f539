package org.eduaid.gateway;

import java.util.Map;

import org.eduaid.testkit.security.TestIdentityProvider;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a gateway under test at the test identity provider, with every provider endpoint given, so
 * no discovery document is needed: its key set for bearer tokens and ID tokens, an authorization and an
 * end-session endpoint on the provider's host (only ever redirected to, never called), and
 * {@link TestTokenEndpoint} for renewing tokens.
 */
public final class GatewayTestSettings {

    public static final String CLIENT_ID = "eduaid-gateway";
    public static final String CLIENT_SECRET = "gateway-test-secret";
    public static final String DASHBOARD_ORIGIN = "https://dashboard.eduaid.example";

    private GatewayTestSettings() {
    }

    public static void identityProvider(DynamicPropertyRegistry registry) {
        TestIdentityProvider provider = TestIdentityProvider.get();
        registry.add("EDUAID_OIDC_ISSUER_URI", provider::issuer);
        registry.add("EDUAID_OIDC_JWK_SET_URI", provider::jwkSetUri);
        registry.add("EDUAID_GATEWAY_CLIENT_ID", () -> CLIENT_ID);
        registry.add("EDUAID_GATEWAY_CLIENT_SECRET", () -> CLIENT_SECRET);
        registry.add("EDUAID_OIDC_AUTHORIZATION_URI", GatewayTestSettings::authorizationUri);
        registry.add("EDUAID_OIDC_TOKEN_URI", () -> TestTokenEndpoint.get().url());
        registry.add("EDUAID_OIDC_END_SESSION_URI", GatewayTestSettings::endSessionUri);
        registry.add("EDUAID_DASHBOARD_ORIGIN", () -> DASHBOARD_ORIGIN);
    }

    /** Every route to the one backend. */
    public static void routesTo(DynamicPropertyRegistry registry, StubBackend backend) {
        Map.of("ENROLLMENT_SERVICE_URL", backend, "SUBSIDY_SERVICE_URL", backend, "TEACHER_SERVICE_URL", backend,
                "REPORTING_SERVICE_URL", backend).forEach((variable, stub) -> registry.add(variable, stub::url));
    }

    public static String providerOrigin() {
        String issuer = TestIdentityProvider.get().issuer();
        return issuer.substring(0, issuer.indexOf('/', "http://".length()));
    }

    public static String authorizationUri() {
        return providerOrigin() + "/authorize";
    }

    public static String endSessionUri() {
        return providerOrigin() + "/end-session";
    }
}
