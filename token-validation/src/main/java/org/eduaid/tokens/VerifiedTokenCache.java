package org.eduaid.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import reactor.core.publisher.Mono;

/**
 * Remembers the access tokens that passed every check, until they expire. A signed-in officer sends
 * the same token with every request for its whole lifetime (minutes), and checking its RSA signature
 * again each time was the largest single cost of security (see the security benchmark). A token is
 * immutable, so a token that was valid stays valid until its {@code exp}; the cache never holds it a
 * moment longer, and tokens that failed a check are never remembered, so every forged or expired
 * token is checked in full. Bounded in size, so a flood of distinct valid tokens only evicts.
 */
public final class VerifiedTokenCache implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder verifier;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    public VerifiedTokenCache(ReactiveJwtDecoder verifier, long maximumTokens, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maximumTokens)
                .expireAfter(untilTheTokenExpires(clock))
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known != null && stillValid(known)) {
            return Mono.just(known);
        }
        return verifier.decode(token).doOnNext(jwt -> {
            if (jwt.getExpiresAt() != null) {
                verified.put(token, jwt);
            }
        });
    }

    private boolean stillValid(Jwt jwt) {
        return jwt.getExpiresAt() != null && clock.instant().isBefore(jwt.getExpiresAt());
    }

    private static Expiry<String, Jwt> untilTheTokenExpires(Clock clock) {
        return new Expiry<>() {
            @Override
            public long expireAfterCreate(String token, Jwt jwt, long currentTime) {
                return remaining(jwt, clock.instant());
            }

            @Override
            public long expireAfterUpdate(String token, Jwt jwt, long currentTime, long currentDuration) {
                return remaining(jwt, clock.instant());
            }

            @Override
            public long expireAfterRead(String token, Jwt jwt, long currentTime, long currentDuration) {
                return currentDuration;
            }
        };
    }

    private static long remaining(Jwt jwt, Instant now) {
        return Math.max(0, Duration.between(now, jwt.getExpiresAt()).toNanos());
    }
}
