package org.eduaid.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class CallerRateLimiterTest {

    private final AtomicLong now = new AtomicLong(TimeUnit.HOURS.toNanos(1));

    @Test
    void admitsABurstThenSaysWhenTheNextTokenIsDue() {
        CallerRateLimiter limiter = limiter(2, 4);

        for (int call = 0; call < 4; call++) {
            assertThat(limiter.admit("user:a").admitted()).isTrue();
        }
        CallerRateLimiter.Admission refused = limiter.admit("user:a");

        assertThat(refused.admitted()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void roundsTheWaitUpToWholeSeconds() {
        CallerRateLimiter limiter = limiter(0.1, 1);
        limiter.admit("user:a");
        advance(2_500);

        // 0.25 of a token after 2.5 s at one token per 10 s: 7.5 s to go, said as 8
        assertThat(limiter.admit("user:a").retryAfterSeconds()).isEqualTo(8);
    }

    @Test
    void refillsAtTheConfiguredRateButNeverBeyondTheBurst() {
        CallerRateLimiter limiter = limiter(2, 3);
        for (int call = 0; call < 3; call++) {
            limiter.admit("user:a");
        }
        advance(500);
        assertThat(limiter.admit("user:a").admitted()).isTrue();
        assertThat(limiter.admit("user:a").admitted()).isFalse();

        advance(60_000);
        for (int call = 0; call < 3; call++) {
            assertThat(limiter.admit("user:a").admitted()).isTrue();
        }
        assertThat(limiter.admit("user:a").admitted()).isFalse();
    }

    @Test
    void keepsCallersApart() {
        CallerRateLimiter limiter = limiter(1, 1);
        limiter.admit("user:a");

        assertThat(limiter.admit("user:a").admitted()).isFalse();
        assertThat(limiter.admit("user:b").admitted()).isTrue();
        assertThat(limiter.admit("address:192.0.2.1").admitted()).isTrue();
    }

    @Test
    void forgetsACallerOnceTheirBucketWouldBeFullAgain() {
        CallerRateLimiter limiter = limiter(1, 5);
        limiter.admit("user:a");
        limiter.admit("user:b");
        advance(4_000);
        limiter.admit("user:b");

        advance(1_500);

        assertThat(limiter.trackedCallers()).isEqualTo(1);
    }

    @Test
    void keepsNoMoreCallersThanConfigured() {
        CallerRateLimiter limiter = new CallerRateLimiter(new RateLimitProperties(true, 1, 5, 100, 0), now::get);

        for (int caller = 0; caller < 1_000; caller++) {
            limiter.admit("address:10.0." + caller / 256 + "." + caller % 256);
        }

        assertThat(limiter.trackedCallers()).isLessThanOrEqualTo(100);
    }

    @Test
    void refusesSettingsThatCannotWork() {
        assertThatThrownBy(() -> new RateLimitProperties(true, 0, 5, 100, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimitProperties(true, 1, 0, 100, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private CallerRateLimiter limiter(double perSecond, int burst) {
        return new CallerRateLimiter(new RateLimitProperties(true, perSecond, burst, 10_000, 0), now::get);
    }

    private void advance(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }
}
