package org.eduaid.kit.security;

import org.eduaid.kit.web.ProblemDetailsExceptionHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Answers a missing, expired, forged or foreign token with 401 problem details and the bearer
 * challenge, without saying which check failed: that would only help whoever is probing.
 */
final class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemDetailsExceptionHandler problems;

    ProblemAuthenticationEntryPoint(ProblemDetailsExceptionHandler problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"eduaid\"");
        return problems.handle(exchange, failure);
    }
}
