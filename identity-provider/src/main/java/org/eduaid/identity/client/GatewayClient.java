package org.eduaid.identity.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eduaid.identity.config.InvalidIdentityConfigurationException;
import org.eduaid.identity.token.TokenProperties;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The gateway as registered here: which redirects, grants and scopes it may use, and how long its
 * tokens live.
 *
 * @param registration what the protocol endpoints check the gateway's requests against
 * @param baseUrl      the gateway's public base URL, without a trailing slash
 */
public record GatewayClient(RegisteredClient registration, String baseUrl) {

    /** The gateway's OIDC client registration id, which is part of its callback path. */
    static final String REGISTRATION_ID = "eduaid";

    /**
     * @throws InvalidIdentityConfigurationException when the secret is missing or the gateway URL is no http(s) URL
     */
    static GatewayClient of(GatewayClientProperties client, TokenProperties tokens, PasswordEncoder encoder) {
        List<String> problems = new ArrayList<>();
        if (client.id() == null || client.id().isBlank()) {
            problems.add("EDUAID_GATEWAY_CLIENT_ID is empty; it must name the gateway's client (eduaid-gateway)");
        }
        if (client.secret() == null || client.secret().isBlank()) {
            problems.add("EDUAID_GATEWAY_CLIENT_SECRET is not set; the gateway's client secret is required "
                    + "(the launcher generates one into data/secrets)");
        }
        String gatewayUrl = baseUrl(client.url(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidIdentityConfigurationException(problems);
        }
        RegisteredClient registration = RegisteredClient.withId(UUID.nameUUIDFromBytes(client.id().getBytes(StandardCharsets.UTF_8)).toString())
                .clientId(client.id())
                // kept as a bcrypt hash: a heap dump does not hand out the secret
                .clientSecret(encoder.encode(client.secret()))
                .clientName("EduAid gateway")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(gatewayUrl + "/login/oauth2/code/" + REGISTRATION_ID)
                .postLogoutRedirectUri(gatewayUrl + "/")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder()
                        // the platform is the bureau's own: its users are not asked to consent to it
                        .requireAuthorizationConsent(false)
                        .requireProofKey(true)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(tokens.accessTokenTtl())
                        .refreshTokenTimeToLive(tokens.refreshTokenTtl())
                        // each refresh hands out a new refresh token, so a stolen one is good only until its next use
                        .reuseRefreshTokens(false)
                        .build())
                .build();
        return new GatewayClient(registration, gatewayUrl);
    }

    private static String baseUrl(String url, List<String> problems) {
        try {
            URI uri = new URI(url == null ? "" : url.trim());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                String text = uri.toString();
                return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
            }
        } catch (URISyntaxException e) {
            // reported below like any other unusable value
        }
        problems.add("EDUAID_GATEWAY_URL must be the gateway's http(s) base URL such as http://localhost:8080, was '" + url + "'");
        return "";
    }
}
