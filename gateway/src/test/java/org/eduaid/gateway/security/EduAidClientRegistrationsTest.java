package org.eduaid.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

import com.sun.net.httpserver.HttpServer;

/** The client registration from a provider's discovery document, and what the settings override in it. */
class EduAidClientRegistrationsTest {

    private HttpServer provider;
    private String issuer;
    private final AtomicBoolean providerUp = new AtomicBoolean(true);

    @BeforeEach
    void serveADiscoveryDocument() throws IOException {
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + provider.getAddress().getPort();
        provider.createContext("/.well-known/openid-configuration", exchange -> {
            byte[] body = discoveryDocument().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(providerUp.get() ? 200 : 503, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        provider.start();
    }

    @AfterEach
    void stopProvider() {
        provider.stop(0);
    }

    @Test
    void takesTheEndpointsFromDiscoveryAndTheClientFromTheSettings() {
        ClientRegistration registration = registration(new LoginProperties("eduaid-gateway", "s3cret", null,
                "", "", "", ""));

        assertThat(registration.getRegistrationId()).isEqualTo("eduaid");
        assertThat(registration.getClientId()).isEqualTo("eduaid-gateway");
        assertThat(registration.getClientSecret()).isEqualTo("s3cret");
        assertThat(registration.getAuthorizationGrantType()).isEqualTo(AuthorizationGrantType.AUTHORIZATION_CODE);
        assertThat(registration.getScopes()).containsExactlyInAnyOrder("openid", "profile");
        assertThat(registration.getRedirectUri()).isEqualTo("{baseUrl}/login/oauth2/code/{registrationId}");
        assertThat(registration.getProviderDetails().getIssuerUri()).isEqualTo(issuer);
        assertThat(registration.getProviderDetails().getAuthorizationUri()).isEqualTo(issuer + "/oauth2/authorize");
        assertThat(registration.getProviderDetails().getTokenUri()).isEqualTo(issuer + "/oauth2/token");
        assertThat(registration.getProviderDetails().getJwkSetUri()).isEqualTo(issuer + "/keys-for-everything");
        assertThat(registration.getProviderDetails().getConfigurationMetadata())
                .containsEntry("end_session_endpoint", issuer + "/connect/logout");
    }

    @Test
    void letsEachGivenEndpointOverruleDiscovery() {
        ClientRegistration registration = registration(new LoginProperties("eduaid-gateway", "s3cret",
                List.of("openid", "profile"), "", "http://idp:9000/oauth2/token", "http://idp:9000/userinfo",
                "http://localhost:9000/connect/logout?from=settings"));

        assertThat(registration.getProviderDetails().getAuthorizationUri()).isEqualTo(issuer + "/oauth2/authorize");
        assertThat(registration.getProviderDetails().getTokenUri()).isEqualTo("http://idp:9000/oauth2/token");
        assertThat(registration.getProviderDetails().getUserInfoEndpoint().getUri()).isEqualTo("http://idp:9000/userinfo");
        assertThat(registration.getProviderDetails().getConfigurationMetadata())
                .containsEntry("end_session_endpoint", "http://localhost:9000/connect/logout?from=settings");
    }

    @Test
    void asksTheProviderAgainAtTheNextSignInWhenItWasNotUpYet() {
        providerUp.set(false);
        EduAidClientRegistrations registrations = registrations(new LoginProperties("eduaid-gateway", "s3cret",
                null, "", "", "", ""));

        assertThatThrownBy(() -> registrations.findByRegistrationId("eduaid").block(Duration.ofSeconds(30)))
                .isInstanceOf(RuntimeException.class);
        providerUp.set(true);

        assertThat(registrations.findByRegistrationId("eduaid").block(Duration.ofSeconds(30))).isNotNull();
    }

    @Test
    void needsNoDiscoveryWhenTheEndpointsAreGiven() {
        providerUp.set(false);

        ClientRegistration registration = registration(new LoginProperties("eduaid-gateway", "s3cret", null,
                "http://localhost:9000/authorize", "http://idp:9000/token", "", ""));

        assertThat(registration.getProviderDetails().getAuthorizationUri()).isEqualTo("http://localhost:9000/authorize");
        assertThat(registration.getProviderDetails().getIssuerUri()).isEqualTo(issuer);
        assertThat(registration.getProviderDetails().getConfigurationMetadata()).doesNotContainKey("end_session_endpoint");
    }

    @Test
    void knowsNoOtherRegistration() {
        assertThat(registrations(new LoginProperties("eduaid-gateway", "s3cret", null, "", "", "", ""))
                .findByRegistrationId("github").blockOptional()).isEmpty();
    }

    private ClientRegistration registration(LoginProperties login) {
        return registrations(login).findByRegistrationId("eduaid").block(Duration.ofSeconds(30));
    }

    private EduAidClientRegistrations registrations(LoginProperties login) {
        return new EduAidClientRegistrations(new IdentityProviderProperties(true, issuer,
                issuer + "/keys-for-everything", "eduaid-api", null), login);
    }

    private String discoveryDocument() {
        return """
                {"issuer":"%1$s",
                 "authorization_endpoint":"%1$s/oauth2/authorize",
                 "token_endpoint":"%1$s/oauth2/token",
                 "jwks_uri":"%1$s/oauth2/jwks",
                 "userinfo_endpoint":"%1$s/userinfo",
                 "end_session_endpoint":"%1$s/connect/logout",
                 "response_types_supported":["code"],
                 "grant_types_supported":["authorization_code","refresh_token"],
                 "subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"],
                 "scopes_supported":["openid","profile"],
                 "token_endpoint_auth_methods_supported":["client_secret_basic"]}
                """.formatted(issuer);
    }
}
