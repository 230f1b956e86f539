package org.eduaid.subsidy.disbursement.config;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eduaid.kit.web.ConflictException;
import org.eduaid.kit.web.idempotency.IdempotencyKey;
import org.eduaid.kit.web.idempotency.IdempotentCommands;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import reactor.core.publisher.Mono;

/**
 * PROVISIONAL, deleted at merge: CAT implements {@link IdempotentCommands} in the kit, on the store.
 * The same contract in this replica's memory: a done key replays its result, a different request
 * under the same key is 422, a key still running is 409, a failed run frees its key.
 */
@Component
public class ProvisionalIdempotentCommands implements IdempotentCommands {

    private final Map<IdempotencyKey, Run> runs = new ConcurrentHashMap<>();

    @Override
    public <T> Mono<T> once(IdempotencyKey key, Object request, Class<T> resultType, Supplier<Mono<T>> command) {
        return Mono.defer(() -> {
            Run fresh = new Run(request, null, false);
            Run existing = runs.putIfAbsent(key, fresh);
            if (existing != null) {
                if (!Objects.equals(existing.request(), request)) {
                    return Mono.error(new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY,
                            "Idempotency-Key reused with a different request"));
                }
                if (!existing.done()) {
                    return Mono.error(new ConflictException(
                            "A request with this Idempotency-Key is still running; retry it in a moment."));
                }
                return Mono.just(resultType.cast(existing.result()));
            }
            return command.get()
                    .doOnNext(result -> runs.put(key, new Run(request, result, true)))
                    .doOnError(failure -> runs.remove(key, fresh))
                    .doOnCancel(() -> runs.remove(key, fresh));
        });
    }

    private record Run(Object request, Object result, boolean done) {
    }
}
