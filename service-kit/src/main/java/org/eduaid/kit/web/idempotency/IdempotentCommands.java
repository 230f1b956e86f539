package org.eduaid.kit.web.idempotency;

import java.util.function.Supplier;

import org.eduaid.kit.security.Callers;

import reactor.core.publisher.Mono;

/**
 * Runs a command at most once per {@link IdempotencyKey}: a retried request with the same key and
 * the same body gets the first result back without running again. The same key with a different
 * body is refused (422), as is a retry while the first run is still under way (409). A run that
 * fails frees its key, so the client may retry it.
 */
public interface IdempotentCommands {

    <T> Mono<T> once(IdempotencyKey key, Object request, Class<T> resultType, Supplier<Mono<T>> command);

    /**
     * {@link #once} with the key scoped to the signed-in caller and the command's name, as every
     * money command is: two officers' keys never meet.
     */
    default <T> Mono<T> onceForCaller(String command, String key, Object request, Class<T> resultType,
            Supplier<Mono<T>> run) {
        return Callers.current().flatMap(caller -> once(new IdempotencyKey(command, caller.subject(), key), request,
                resultType, run));
    }
}
