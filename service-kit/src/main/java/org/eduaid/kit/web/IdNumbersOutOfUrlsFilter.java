package org.eduaid.kit.web;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.eduaid.kit.privacy.ResidentIdRedactor;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Refuses any request whose path or query holds a resident ID number. URLs end up in access logs,
 * proxies, browser histories and referrers, none of which may keep a child's ID number; lookups by
 * ID number take it in a request body. Runs before authentication, so the refusal does not depend
 * on who asked.
 */
public final class IdNumbersOutOfUrlsFilter implements WebFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        URI uri = exchange.getRequest().getURI();
        String rawUrl = uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
        if (ResidentIdRedactor.containsIdNumber(rawUrl) || ResidentIdRedactor.containsIdNumber(decoded(rawUrl))) {
            return Mono.error(InvalidRequestException.of("url",
                    "must not contain a resident ID number; send it in the request body"));
        }
        return chain.filter(exchange);
    }

    private static String decoded(String rawUrl) {
        try {
            return URLDecoder.decode(rawUrl, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            return rawUrl;
        }
    }

    @Override
    public int getOrder() {
        // right after the correlation id, ahead of Spring Security's chain (-100)
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }
}
