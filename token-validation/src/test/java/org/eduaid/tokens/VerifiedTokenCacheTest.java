package org.eduaid.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(NOW);
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final AtomicInteger verifications = new AtomicInteger();

    @Test
    void aVerifiedTokenIsNotVerifiedAgainWhileItIsValid() {
        VerifiedTokenCache cache = new VerifiedTokenCache(verifierAccepting(NOW.plusSeconds(300)), 100, clock);

        cache.decode("token-a").block();
        now.set(NOW.plusSeconds(299));
        Jwt again = cache.decode("token-a").block();

        assertThat(verifications).hasValue(1);
        assertThat(again.getSubject()).isEqualTo("officer.linxi");
    }

    @Test
    void atItsExpiryARememberedTokenIsVerifiedAgainAndSoRefused() {
        VerifiedTokenCache cache = new VerifiedTokenCache(verifierAccepting(NOW.plusSeconds(300)), 100, clock);
        cache.decode("token-a").block();

        now.set(NOW.plusSeconds(300));

        StepVerifier.create(cache.decode("token-a")).expectError(BadJwtException.class).verify();
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        ReactiveJwtDecoder refusing = token -> {
            verifications.incrementAndGet();
            return Mono.error(new BadJwtException("forged"));
        };
        VerifiedTokenCache cache = new VerifiedTokenCache(refusing, 100, clock);

        StepVerifier.create(cache.decode("forged")).expectError(BadJwtException.class).verify();
        StepVerifier.create(cache.decode("forged")).expectError(BadJwtException.class).verify();

        assertThat(verifications).hasValue(2);
    }

    @Test
    void differentTokensAreVerifiedEachOnItsOwn() {
        VerifiedTokenCache cache = new VerifiedTokenCache(verifierAccepting(NOW.plusSeconds(300)), 100, clock);

        cache.decode("token-a").block();
        cache.decode("token-b").block();

        assertThat(verifications).hasValue(2);
    }

    /** Accepts every token until {@code expiresAt}, as the real verifier would, and refuses it after. */
    private ReactiveJwtDecoder verifierAccepting(Instant expiresAt) {
        return token -> {
            verifications.incrementAndGet();
            if (!clock.instant().isBefore(expiresAt)) {
                return Mono.error(new BadJwtException("expired"));
            }
            return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("officer.linxi")
                    .issuedAt(NOW).expiresAt(expiresAt).build());
        };
    }
}
