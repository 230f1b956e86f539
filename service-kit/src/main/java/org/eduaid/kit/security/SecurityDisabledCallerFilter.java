package org.eduaid.kit.security;

import org.eduaid.contracts.identity.Role;
import java.util.Optional;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/** With security switched off, stands every request in as a nationwide administrator. */
final class SecurityDisabledCallerFilter implements WebFilter {

    private static final Caller UNCHECKED = new Caller("security-disabled", Role.PLATFORM_ADMIN,
            RegionScope.nationwide(), Optional.empty(), "security disabled");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return chain.filter(exchange)
                .contextWrite(ReactiveSecurityContextHolder.withAuthentication(new CallerAuthentication(null, UNCHECKED)));
    }
}
