package org.eduaid.gateway.ratelimit;

import org.eduaid.gateway.GatewayProblem;
import org.eduaid.gateway.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Holds each caller to its rate, answering 429 with {@code Retry-After} beyond it. A signed-in caller
 * is counted by subject (the same person through the dashboard or a script shares one allowance),
 * anybody else by client address. Runs in the security chain where the caller is known; which requests
 * a filter counts is its {@code counted} matcher, so that two of them can each count one kind of request.
 */
public final class RateLimitFilter implements WebFilter {

    private final CallerRateLimiter limiter;
    private final ClientAddress clientAddress;
    private final ServerWebExchangeMatcher counted;
    private final ProblemResponses problems;

    public RateLimitFilter(CallerRateLimiter limiter, RateLimitProperties settings, ServerWebExchangeMatcher counted,
            ProblemResponses problems) {
        this.limiter = limiter;
        this.clientAddress = new ClientAddress(settings.trustedProxies());
        this.counted = counted;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return counted.matches(exchange).flatMap(match -> match.isMatch()
                ? callerOf(exchange).flatMap(caller -> admit(caller, exchange, chain))
                : chain.filter(exchange));
    }

    private Mono<String> callerOf(ServerWebExchange exchange) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(Authentication::isAuthenticated)
                .map(authentication -> "user:" + authentication.getName())
                .switchIfEmpty(Mono.fromSupplier(() -> "address:" + clientAddress.of(exchange)));
    }

    private Mono<Void> admit(String caller, ServerWebExchange exchange, WebFilterChain chain) {
        CallerRateLimiter.Admission admission = limiter.admit(caller);
        if (admission.admitted()) {
            return chain.filter(exchange);
        }
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(admission.retryAfterSeconds()));
        return problems.write(exchange, GatewayProblem.ofStatus(HttpStatus.TOO_MANY_REQUESTS));
    }
}
