package org.eduaid.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock in UTC that a test moves forward, to let leases, retention or caches come due without
 * waiting: either system time plus the offset moved so far ({@link #systemTime()}), or a fixed instant
 * that moves only when the test moves it ({@link #at(Instant)}).
 */
public final class AdjustableClock extends Clock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    private AdjustableClock(Clock base) {
        this.base = base;
    }

    /** System time plus the offset moved so far; shared by tests, so only ever moved forward. */
    public static AdjustableClock systemTime() {
        return new AdjustableClock(Clock.systemUTC());
    }

    /** {@code start}, standing still until the test moves it. */
    public static AdjustableClock at(Instant start) {
        return new AdjustableClock(Clock.fixed(start, ZoneOffset.UTC));
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
