package org.eduaid.gateway.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The identity provider every EduAid token comes from, and what a bearer token must say to be let
 * through (the same settings, under the same names, as the services' own validation).
 * {@code enabled=false} exists only to measure what security costs; see {@link GatewaySecurityConfiguration}.
 */
@ConfigurationProperties("eduaid.security")
public record IdentityProviderProperties(boolean enabled, String issuerUri, String jwkSetUri, String audience,
        Duration clockSkew) {

    public IdentityProviderProperties {
        clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
    }
}
