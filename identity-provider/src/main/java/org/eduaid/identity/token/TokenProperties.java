package org.eduaid.identity.token;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eduaid.identity.config.InvalidIdentityConfigurationException;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the provider puts into the tokens it issues, and how long they live.
 *
 * @param audience        added to every access token's {@code aud}: the services accept only tokens meant for them
 * @param accessTokenTtl  short, because a service cannot learn that a token was withdrawn
 * @param refreshTokenTtl how long a session at the gateway lasts without a new sign-in
 * @param signingKey      the RSA private key as a JWK (JSON); empty for a key that lives as long as the process
 */
@ConfigurationProperties("eduaid.identity.token")
public record TokenProperties(String audience, Duration accessTokenTtl, Duration refreshTokenTtl, String signingKey) {

    public TokenProperties {
        List<String> problems = new ArrayList<>();
        if (audience == null || audience.isBlank()) {
            problems.add("EDUAID_OIDC_AUDIENCE is empty; the services accept only tokens naming their audience (eduaid-api)");
        }
        if (!isPositive(accessTokenTtl)) {
            problems.add("IDP_ACCESS_TOKEN_TTL must be a positive duration such as 5m, was " + accessTokenTtl);
        }
        if (!isPositive(refreshTokenTtl)) {
            problems.add("IDP_REFRESH_TOKEN_TTL must be a positive duration such as 8h, was " + refreshTokenTtl);
        }
        if (!problems.isEmpty()) {
            throw new InvalidIdentityConfigurationException(problems);
        }
    }

    private static boolean isPositive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }

    /** The signing key is a secret. */
    @Override
    public String toString() {
        return "TokenProperties[audience=" + audience + ", accessTokenTtl=" + accessTokenTtl + ", refreshTokenTtl="
                + refreshTokenTtl + "]";
    }
}
