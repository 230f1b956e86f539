package org.eduaid.gateway.security;

import org.eduaid.gateway.GatewayProblem;
import org.eduaid.gateway.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Turns "this session has no usable access token any more" (never had one, or its refresh token was
 * refused) into 401 for API calls. Left alone, the OAuth2 client's redirect filter would answer it with
 * a redirect to the provider, which a script calling the API cannot follow; the dashboard reacts to the
 * 401 by sending the browser to sign in again.
 */
final class SignInExpiredFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(SignInExpiredFilter.class);

    private final ServerWebExchangeMatcher api = new PathPatternParserServerWebExchangeMatcher("/api/**");
    private final ProblemResponses problems;

    SignInExpiredFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return chain.filter(exchange).onErrorResume(OAuth2AuthorizationException.class, failure -> api.matches(exchange)
                .flatMap(match -> {
                    if (!match.isMatch() || exchange.getResponse().isCommitted()) {
                        return Mono.error(failure);
                    }
                    log.info("The session's access token could not be had or renewed ({}); answering 401",
                            failure.getError().getErrorCode());
                    return problems.write(exchange, new GatewayProblem(HttpStatus.UNAUTHORIZED,
                            "The sign-in has expired; sign in again."));
                }));
    }
}
