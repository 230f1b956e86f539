package org.eduaid.gateway.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * The gateway as a confidential OpenID Connect client of the identity provider. Each provider
 * endpoint may be given explicitly: in Docker Compose the browser reaches the provider under another
 * host name than the containers do, and discovery (which returns one set of URLs) cannot serve both.
 */
@ConfigurationProperties("eduaid.gateway.login")
public record LoginProperties(String clientId, String clientSecret, List<String> scopes, String authorizationUri,
        String tokenUri, String userInfoUri, String endSessionUri) {

    public LoginProperties {
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile") : List.copyOf(scopes);
    }

    /** Whether everything a sign-in needs is given, so the provider's discovery document is not needed. */
    boolean endpointsGiven() {
        return StringUtils.hasText(authorizationUri) && StringUtils.hasText(tokenUri);
    }
}
