package org.eduaid.kit.security;

import org.eduaid.contracts.identity.Role;
import java.util.Arrays;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import org.eduaid.kit.web.ForbiddenException;
import org.eduaid.kit.web.ResourceNotFoundException;

import reactor.core.publisher.Mono;

/**
 * The two checks every use case makes, in this order: may this role do this at all (else 403), and
 * is the record inside the caller's scope (else 404, the same answer as for a record that does not
 * exist, so that probing another county's ids reveals nothing).
 */
public final class Access {

    private Access() {
    }

    /** The caller, if their role is one of {@code allowed}; else a 403 naming the action. */
    public static Mono<Caller> permit(String action, Role... allowed) {
        return Callers.current().flatMap(caller -> caller.hasRole(allowed) ? Mono.just(caller)
                : Mono.error(new ForbiddenException(caller.role() + " may not " + action + "; "
                        + Arrays.stream(allowed).map(Role::name).collect(Collectors.joining(", ")) + " may")));
    }

    /**
     * The record {@code lookup} finds, if the current caller may see it; not found (404) both when
     * there is no such record and when it lies outside the caller's scope.
     */
    public static <T> Mono<T> ifVisible(Mono<T> lookup, BiPredicate<Caller, T> visible, String what) {
        return Callers.current()
                .flatMap(caller -> lookup.filter(found -> visible.test(caller, found)))
                .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException(what)));
    }

    /** {@code found} when the caller may see it, else the not-found answer for {@code what}. */
    public static <T> Mono<T> withinScope(boolean visible, T found, String what) {
        return visible ? Mono.just(found) : Mono.error(new ResourceNotFoundException(what));
    }
}
