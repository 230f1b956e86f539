package org.eduaid.gateway.ratelimit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The per-caller buckets; the security chain puts the {@link RateLimitFilter} in front of them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
public class RateLimitConfiguration {

    @Bean
    CallerRateLimiter callerRateLimiter(RateLimitProperties settings) {
        return new CallerRateLimiter(settings);
    }
}
