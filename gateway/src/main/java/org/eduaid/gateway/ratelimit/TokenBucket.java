package org.eduaid.gateway.ratelimit;

/**
 * One caller's allowance: up to {@code capacity} tokens, refilled continuously at a fixed rate; each
 * request takes one. Refilled lazily from the time of the last request, so an idle bucket costs nothing.
 */
final class TokenBucket {

    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long refilledAt;

    TokenBucket(double capacity, double tokensPerSecond, long now) {
        this.capacity = capacity;
        this.tokensPerNano = tokensPerSecond / 1_000_000_000d;
        this.tokens = capacity;
        this.refilledAt = now;
    }

    /**
     * Takes a token if there is one.
     *
     * @return 0 if a token was taken, otherwise the nanoseconds until the next one is there
     */
    synchronized long take(long now) {
        tokens = Math.min(capacity, tokens + Math.max(0, now - refilledAt) * tokensPerNano);
        refilledAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerNano));
    }
}
