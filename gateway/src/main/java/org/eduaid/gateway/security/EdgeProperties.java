package org.eduaid.gateway.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * What browsers are told at the edge: which other origins may call the API with the user's cookies,
 * the content security policy (empty = the built-in one for a same-origin dashboard), how long HSTS
 * pins HTTPS, and whether cookies are marked Secure (on whenever TLS ends in front of the gateway).
 */
@ConfigurationProperties("eduaid.gateway.edge")
public record EdgeProperties(List<String> dashboardOrigins, String contentSecurityPolicy, Duration hstsMaxAge,
        boolean secureCookies) {

    public EdgeProperties {
        dashboardOrigins = dashboardOrigins == null ? List.of()
                : dashboardOrigins.stream().map(String::trim).filter(StringUtils::hasText).toList();
        hstsMaxAge = hstsMaxAge == null ? Duration.ofDays(365) : hstsMaxAge;
    }
}
