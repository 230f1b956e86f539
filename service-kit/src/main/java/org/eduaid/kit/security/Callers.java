package org.eduaid.kit.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;

import reactor.core.publisher.Mono;

/** The caller of the request being served, for application code that checks what they may do. */
public final class Callers {

    private Callers() {
    }

    /**
     * The current caller; an error if there is none, which only a wiring mistake can cause: the
     * security filter chain turns unauthenticated requests away before any handler runs.
     */
    public static Mono<Caller> current() {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .flatMap(Callers::callerOf)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("no authenticated EduAid caller")));
    }

    static Mono<Caller> callerOf(Authentication authentication) {
        return authentication instanceof CallerAuthentication known ? Mono.just(known.caller()) : Mono.empty();
    }
}
