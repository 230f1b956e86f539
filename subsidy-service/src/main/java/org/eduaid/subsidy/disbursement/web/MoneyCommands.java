package org.eduaid.subsidy.disbursement.web;

import java.util.function.Supplier;

import org.eduaid.kit.web.idempotency.IdempotentCommands;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Every command that moves money runs once per Idempotency-Key, caller and command: a retried POST
 * gets the first answer back and pays nothing twice.
 */
@Component
class MoneyCommands {

    private final IdempotentCommands commands;

    MoneyCommands(IdempotentCommands commands) {
        this.commands = commands;
    }

    <T> Mono<T> once(String command, String key, Object request, Class<T> resultType, Supplier<Mono<T>> run) {
        return commands.onceForCaller(command, key, request, resultType, run);
    }
}
