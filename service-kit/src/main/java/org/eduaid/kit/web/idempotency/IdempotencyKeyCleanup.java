package org.eduaid.kit.web.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Deletes expired Idempotency-Keys every {@code eduaid.idempotency.cleanup-interval}: the embedded
 * store has no TTL index. Every replica does it; deleting twice is harmless.
 */
public final class IdempotencyKeyCleanup implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyCleanup.class);

    private final MongoIdempotentCommands commands;
    private final IdempotencyProperties properties;
    private volatile Disposable schedule;

    public IdempotencyKeyCleanup(MongoIdempotentCommands commands, IdempotencyProperties properties) {
        this.commands = commands;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (schedule == null) {
            schedule = Flux.interval(properties.cleanupInterval(), properties.cleanupInterval())
                    .concatMap(tick -> commands.deleteExpired()
                            .doOnNext(deleted -> {
                                if (deleted > 0) {
                                    log.info("Deleted {} expired Idempotency-Keys", deleted);
                                }
                            })
                            .onErrorResume(failure -> {
                                log.warn("Could not delete expired Idempotency-Keys; trying again later", failure);
                                return Mono.empty();
                            }))
                    .subscribe();
        }
    }

    @Override
    public void destroy() {
        Disposable running = schedule;
        if (running != null) {
            running.dispose();
        }
    }
}
