package org.eduaid.kit.web.idempotency;

import org.eduaid.kit.web.InvalidRequestException;

/**
 * A client's {@code Idempotency-Key} for one command, scoped to the caller and the command, so
 * two clerks (or two commands) choosing the same key never see each other's result.
 *
 * @param command what the key is used for, e.g. {@code subsidy.batch.seal:<batchId>}
 * @param principal the caller's subject
 * @param value the header's value
 */
public record IdempotencyKey(String command, String principal, String value) {

    /** The header every command that moves money requires. */
    public static final String HEADER = "Idempotency-Key";

    public IdempotencyKey {
        if (value == null || value.isBlank()) {
            throw InvalidRequestException.of(HEADER,
                    "this command moves money: send an Idempotency-Key header, and the same one when you retry it");
        }
        if (!value.matches("[\\x21-\\x7E]{1,128}")) {
            throw InvalidRequestException.of(HEADER, "an Idempotency-Key is 1 to 128 visible ASCII characters");
        }
        if (command == null || command.isBlank() || principal == null || principal.isBlank()) {
            throw new IllegalArgumentException("an idempotency key is scoped to a command and a caller");
        }
    }
}
