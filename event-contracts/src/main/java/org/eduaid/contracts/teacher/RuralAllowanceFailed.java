package org.eduaid.contracts.teacher;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * The bank could not pay the allowance; it waits on the county's retry list.
 *
 * @param reason the bank's reason code as reported, e.g. ACCOUNT_CLOSED (never an account number)
 */
@EventType(name = "eduaid.teacher.RuralAllowanceFailed", version = 1)
public record RuralAllowanceFailed(RuralAllowanceFacts payment, String reason, Instant recordedAt) {
}
