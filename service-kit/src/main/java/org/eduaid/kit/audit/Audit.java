package org.eduaid.kit.audit;

import java.util.List;

import reactor.core.publisher.Mono;

/**
 * How application code adds to the audit entry of the request it serves. Every command is audited
 * anyway; these calls say which records it touched and name the action, and mark the reads that
 * disclose unmasked personal data, which are audited too. Outside a request they do nothing.
 */
public final class Audit {

    private Audit() {
    }

    /** The command or read touched these records (ids such as {@code school:1150424001}). */
    public static Mono<Void> touched(String... recordIds) {
        return withContext(context -> context.addRecords(List.of(recordIds)));
    }

    /** A stable name for the action, e.g. {@code school.register}; defaults to method and path. */
    public static Mono<Void> action(String name) {
        return withContext(context -> context.nameAction(name));
    }

    /** This read shows unmasked personal data of these records: audit it like a command. */
    public static Mono<Void> disclosed(String... recordIds) {
        return withContext(context -> {
            context.addRecords(List.of(recordIds));
            context.markDisclosure();
        });
    }

    private static Mono<Void> withContext(java.util.function.Consumer<AuditContext> change) {
        return Mono.deferContextual(reactorContext -> {
            reactorContext.<AuditContext>getOrEmpty(AuditContext.KEY).ifPresent(change);
            return Mono.empty();
        });
    }
}
