package org.eduaid.gateway.security;

import org.eduaid.gateway.GatewayProblem;
import org.eduaid.gateway.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Answers an API call without a session or a valid bearer token with 401 problem details and the
 * bearer challenge, never with a redirect: a script cannot follow one to a sign-in page. Which check
 * a rejected token failed is not said; that would only help whoever is probing.
 */
final class ApiAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private static final String CHALLENGE = "Bearer realm=\"eduaid\"";

    private final ProblemResponses problems;

    ApiAuthenticationEntryPoint(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        boolean tokenRejected = failure instanceof OAuth2AuthenticationException;
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                tokenRejected ? CHALLENGE + ", error=\"invalid_token\"" : CHALLENGE);
        return problems.write(exchange, tokenRejected
                ? new GatewayProblem(HttpStatus.UNAUTHORIZED,
                        "The bearer token was not accepted; get a new one from the EduAid sign-in service.")
                : GatewayProblem.ofStatus(HttpStatus.UNAUTHORIZED));
    }
}
