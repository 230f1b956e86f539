package org.eduaid.testkit.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.eduaid.contracts.identity.TokenClaims;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * A bearer token being put together for a test: a valid one by default, or one of the ways a token
 * goes wrong (expired, foreign issuer, wrong audience, forged signature, altered after signing).
 */
public final class TestToken {

    private final TestIdentityProvider provider;
    private final String role;
    private String subject = "tester-" + UUID.randomUUID().toString().substring(0, 8);
    private String region;
    private String school;
    private String issuer;
    private String audience = TokenClaims.AUDIENCE;
    private Instant issuedAt = Instant.now();
    private Duration lifetime = Duration.ofMinutes(10);
    private boolean signedByStranger;
    private boolean tampered;

    TestToken(TestIdentityProvider provider, String role) {
        this.provider = provider;
        this.role = role;
        this.issuer = provider.issuer();
    }

    public TestToken subject(String subject) {
        this.subject = subject;
        return this;
    }

    /** The caller's region scope: a 2-, 4- or 6-digit division code. */
    public TestToken region(String region) {
        this.region = region;
        return this;
    }

    /** A school clerk's own school (10-digit code). */
    public TestToken school(String school) {
        this.school = school;
        return this;
    }

    public TestToken expired() {
        this.issuedAt = Instant.now().minus(Duration.ofHours(2));
        this.lifetime = Duration.ofMinutes(10);
        return this;
    }

    public TestToken issuer(String issuer) {
        this.issuer = issuer;
        return this;
    }

    public TestToken audience(String audience) {
        this.audience = audience;
        return this;
    }

    /** Signed with a key the provider never published, under the provider's own key id. */
    public TestToken signedByStranger() {
        this.signedByStranger = true;
        return this;
    }

    /** Correctly signed, then a claim altered (the role raised to platform admin). */
    public TestToken tampered() {
        this.tampered = true;
        return this;
    }

    public String subject() {
        return subject;
    }

    /** {@code web} with this token on every request it sends. */
    public WebTestClient signIn(WebTestClient web) {
        String encoded = encode();
        return web.mutate().defaultHeaders(headers -> headers.setBearerAuth(encoded)).build();
    }

    /** The compact serialisation, ready for {@code Authorization: Bearer}. */
    public String encode() {
        RSAKey key = signedByStranger ? provider.strangerKey() : provider.signingKey();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                claims(role));
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign the test token", e);
        }
        String compact = jwt.serialize();
        if (!tampered) {
            return compact;
        }
        String[] parts = compact.split("\\.");
        String forgedClaims = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims("PLATFORM_ADMIN").toString().getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + forgedClaims + "." + parts[2];
    }

    private JWTClaimsSet claims(String roleClaim) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .audience(List.of(audience))
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .claim(TokenClaims.ROLE, roleClaim);
        if (region != null) {
            claims.claim(TokenClaims.REGION, region);
        }
        if (school != null) {
            claims.claim(TokenClaims.SCHOOL, school);
        }
        return claims.build();
    }
}
