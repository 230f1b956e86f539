package org.eduaid.contracts.teacher;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/** A county's monthly payroll put the teacher's allowance for the month on its list to the bank. */
@EventType(name = "eduaid.teacher.RuralAllowanceApproved", version = 1)
public record RuralAllowanceApproved(RuralAllowanceFacts payment, Instant recordedAt) {
}
