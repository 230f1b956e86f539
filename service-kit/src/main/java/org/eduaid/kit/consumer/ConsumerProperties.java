package org.eduaid.kit.consumer;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Retry settings of every input binding, under {@code eduaid.consumer}: a failing batch is retried
 * {@code maxAttempts} times in all, with exponential back-off, before its records are dead-lettered.
 * Invalid records are dead-lettered at once.
 */
@ConfigurationProperties("eduaid.consumer")
public record ConsumerProperties(Integer maxAttempts, Duration initialBackoff, Double backoffMultiplier,
        Duration maxBackoff) {

    public ConsumerProperties {
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        initialBackoff = initialBackoff == null ? Duration.ofMillis(500) : initialBackoff;
        backoffMultiplier = backoffMultiplier == null ? 2.0 : backoffMultiplier;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(10) : maxBackoff;
    }
}
