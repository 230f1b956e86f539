package org.eduaid.kit.web.idempotency;

import java.util.concurrent.atomic.AtomicInteger;

import org.eduaid.kit.security.Callers;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/** A command that moves money, as a service would write one, for the kit's web test. */
@RestController
class IdempotencyTestController {

    static final AtomicInteger RUNS = new AtomicInteger();

    private final IdempotentCommands commands;

    IdempotencyTestController(IdempotentCommands commands) {
        this.commands = commands;
    }

    @PostMapping("/api/kit-test/batches/{batchId}/seal")
    Mono<Sealed> seal(@PathVariable String batchId,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key, @RequestBody Seal request) {
        return Callers.current().flatMap(caller -> commands.once(
                new IdempotencyKey("kit-test.seal:" + batchId, caller.subject(), key), request, Sealed.class,
                () -> Mono.fromSupplier(() -> new Sealed(batchId, RUNS.incrementAndGet()))));
    }

    record Seal(long expectedVersion) {
    }

    record Sealed(String batchId, int run) {
    }
}
