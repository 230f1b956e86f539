package org.eduaid.gateway.ratelimit;

import java.time.Duration;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A token bucket per caller, kept in this replica's memory.
 *
 * <p>Per replica is acceptable here: the limit protects the services from runaway scripts and floods,
 * it is not a quota anybody is billed by, so with N replicas behind a balancer a caller getting up to N
 * times the limit is harmless, and no request pays a round trip to a shared store. For one limit across
 * all replicas, replace this class by a bucket in Redis (Spring Cloud Gateway's {@code RedisRateLimiter},
 * or Bucket4j with a Redis proxy manager), keyed the same way.
 *
 * <p>Memory is bounded twice: a bucket left alone for as long as it takes to fill up again is dropped
 * (it would be full anyway, so forgetting it changes no answer), and at most {@code maxCallers} are kept.
 */
public final class CallerRateLimiter {

    private final double capacity;
    private final double perSecond;
    private final LongSupplier nanoClock;
    private final Cache<String, TokenBucket> buckets;

    public CallerRateLimiter(RateLimitProperties settings) {
        this(settings, System::nanoTime);
    }

    CallerRateLimiter(RateLimitProperties settings, LongSupplier nanoClock) {
        this.capacity = settings.burst();
        this.perSecond = settings.perSecond();
        this.nanoClock = nanoClock;
        Duration refillTime = Duration.ofNanos((long) Math.ceil(capacity / perSecond * 1_000_000_000d));
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(refillTime.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : refillTime)
                .maximumSize(settings.maxCallers())
                .ticker(nanoClock::getAsLong)
                .build();
    }

    /** Lets one more request of this caller through, or says after how many whole seconds it may retry. */
    Admission admit(String caller) {
        long now = nanoClock.getAsLong();
        long waitNanos = buckets.get(caller, key -> new TokenBucket(capacity, perSecond, now)).take(now);
        if (waitNanos == 0) {
            return Admission.ADMITTED;
        }
        return new Admission(false, Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L));
    }

    long trackedCallers() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    record Admission(boolean admitted, long retryAfterSeconds) {
        static final Admission ADMITTED = new Admission(true, 0);
    }
}
