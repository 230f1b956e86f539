package org.eduaid.enrollment.student.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a student's flag history: what a flag became, who said so, and when. */
public record FlagChange(FlagName flag, boolean on, String disabilityKind, Integer disabilityGrade, String source,
        LocalDate effectiveOn, Instant recordedAt, Instant changedAt) {
}
