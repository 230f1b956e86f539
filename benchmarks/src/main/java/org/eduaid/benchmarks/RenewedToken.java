package org.eduaid.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A test token, issued again once it is five minutes old: test tokens live ten, a benchmark run may
 * take longer, and signing one per request would load the benchmark's JVM for nothing.
 */
public final class RenewedToken implements Supplier<String> {

    private static final Duration RENEW_AFTER = Duration.ofMinutes(5);

    private final Supplier<String> issue;
    private String token;
    private Instant issuedAt = Instant.MIN;

    public RenewedToken(Supplier<String> issue) {
        this.issue = issue;
    }

    @Override
    public synchronized String get() {
        Instant now = Instant.now();
        if (token == null || issuedAt.plus(RENEW_AFTER).isBefore(now)) {
            token = issue.get();
            issuedAt = now;
        }
        return token;
    }
}
