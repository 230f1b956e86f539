package org.eduaid.gateway.security;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * {@code GET /api/me}, answered by the gateway itself: the signed-in user's name, role and scope, so
 * the dashboard can show and hide what the services would refuse anyway. It is also where the
 * dashboard gets its {@code XSRF-TOKEN} cookie: the CSRF filter only issues the cookie when something
 * asks for the token, and this is the first call the dashboard makes.
 */
@RestController
class CurrentUserController {

    private final ReactiveOAuth2AuthorizedClientManager sessions;
    private final ReactiveJwtDecoder tokens;

    CurrentUserController(ReactiveOAuth2AuthorizedClientManager sessions, ReactiveJwtDecoder tokens) {
        this.sessions = sessions;
        this.tokens = tokens;
    }

    @GetMapping(path = "/api/me", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<CurrentUser>> me(ServerWebExchange exchange) {
        Mono<CsrfToken> csrfToken = exchange.getAttribute(CsrfToken.class.getName());
        return (csrfToken != null ? csrfToken.then() : Mono.<Void>empty())
                .then(exchange.getPrincipal().flatMap(principal -> accessTokenOf(principal, exchange)))
                .map(CurrentUser::of)
                .map(user -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(user))
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED)));
    }

    private Mono<Jwt> accessTokenOf(Object principal, ServerWebExchange exchange) {
        if (principal instanceof JwtAuthenticationToken bearer) {
            return Mono.just(bearer.getToken());
        }
        if (principal instanceof OAuth2AuthenticationToken session) {
            // through the client manager, so an expired access token is renewed first, as for a relayed call
            return sessions.authorize(OAuth2AuthorizeRequest
                            .withClientRegistrationId(session.getAuthorizedClientRegistrationId())
                            .principal(session)
                            .attribute(ServerWebExchange.class.getName(), exchange)
                            .build())
                    .flatMap(client -> tokens.decode(client.getAccessToken().getTokenValue()))
                    .onErrorMap(BadJwtException.class, rejected -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        }
        return Mono.empty();
    }
}
