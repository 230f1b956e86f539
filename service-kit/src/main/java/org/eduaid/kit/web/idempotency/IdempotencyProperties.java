package org.eduaid.kit.web.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code Idempotency-Key} store's settings, under {@code eduaid.idempotency}.
 *
 * @param retention how long a key is remembered: a retry after this runs the command again
 * @param cleanupInterval how often expired keys are deleted (the embedded store has no TTL index)
 * @param staleAfter a key still IN_PROGRESS this long belongs to a run whose replica died: the next
 *        retry takes it over instead of being told to wait (commands that move money are resumable)
 */
@ConfigurationProperties("eduaid.idempotency")
public record IdempotencyProperties(Duration retention, Duration cleanupInterval, Duration staleAfter) {

    public IdempotencyProperties {
        retention = retention == null ? Duration.ofDays(7) : retention;
        cleanupInterval = cleanupInterval == null ? Duration.ofHours(1) : cleanupInterval;
        staleAfter = staleAfter == null ? Duration.ofMinutes(10) : staleAfter;
        if (retention.isNegative() || retention.isZero() || cleanupInterval.isNegative() || cleanupInterval.isZero()
                || staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("idempotency durations are positive");
        }
    }
}
