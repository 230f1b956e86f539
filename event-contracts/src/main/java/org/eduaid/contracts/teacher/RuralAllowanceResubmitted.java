package org.eduaid.contracts.teacher;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/** A failed allowance payment was sent to the bank again; {@code attempt} counts from 2. */
@EventType(name = "eduaid.teacher.RuralAllowanceResubmitted", version = 1)
public record RuralAllowanceResubmitted(RuralAllowanceFacts payment, int attempt, Instant recordedAt) {
}
