package org.eduaid.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Each caller may send {@code burst} requests at once and {@code perSecond} a second after that.
 * {@code trustedProxies} is how many proxies in front of the gateway append to X-Forwarded-For; with
 * 0 the header is ignored, since any client can write one. {@code maxCallers} bounds the memory.
 */
@ConfigurationProperties("eduaid.gateway.rate-limit")
public record RateLimitProperties(boolean enabled, double perSecond, int burst, long maxCallers, int trustedProxies) {

    public RateLimitProperties {
        if (perSecond <= 0 || burst < 1 || maxCallers < 1 || trustedProxies < 0) {
            throw new IllegalArgumentException("The gateway rate limit needs per-second > 0, burst >= 1, "
                    + "max-callers >= 1 and trusted-proxies >= 0");
        }
    }
}
