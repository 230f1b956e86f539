package org.eduaid.kit.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the identity provider publishes its keys and what a token must say to be accepted here.
 * {@code enabled=false} exists for one purpose: measuring what security costs (the benchmarks); it
 * makes every request a nationwide administrator and is announced loudly at startup.
 */
@ConfigurationProperties("eduaid.security")
public record SecurityProperties(boolean enabled, String issuerUri, String jwkSetUri, String audience,
        Duration clockSkew) {

    public SecurityProperties {
        clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
    }
}
