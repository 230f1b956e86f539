package org.eduaid.tokens;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * The one way EduAid reads an access token, at the gateway and in every service: an RS256 signature
 * by a key the provider publishes, the expected issuer and audience, not expired (with a small clock
 * skew), plus whatever the reader adds; verified tokens are remembered until they expire.
 */
public final class AccessTokenDecoders {

    /** Enough for every signed-in officer of a province at once; an entry is a parsed token. */
    public static final long REMEMBERED_TOKENS = 50_000;

    private AccessTokenDecoders() {
    }

    public static ReactiveJwtDecoder create(String jwkSetUri, String issuer, String audience, Duration clockSkew,
            List<OAuth2TokenValidator<Jwt>> moreChecks, Clock clock) {
        NimbusReactiveJwtDecoder verifier = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        List<OAuth2TokenValidator<Jwt>> checks = new ArrayList<>(List.of(
                new JwtTimestampValidator(clockSkew),
                new JwtIssuerValidator(issuer),
                new JwtAudienceValidator(audience)));
        checks.addAll(moreChecks);
        verifier.setJwtValidator(new DelegatingOAuth2TokenValidator<>(checks));
        return new VerifiedTokenCache(verifier, REMEMBERED_TOKENS, clock);
    }
}
