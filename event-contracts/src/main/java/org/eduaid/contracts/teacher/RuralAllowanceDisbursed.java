package org.eduaid.contracts.teacher;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/** The bank confirmed the allowance reached the teacher's account on {@code disbursedOn}. */
@EventType(name = "eduaid.teacher.RuralAllowanceDisbursed", version = 1)
public record RuralAllowanceDisbursed(RuralAllowanceFacts payment, String disbursedOn, Instant recordedAt) {
}
