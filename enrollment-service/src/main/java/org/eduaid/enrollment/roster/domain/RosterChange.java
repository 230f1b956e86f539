package org.eduaid.enrollment.roster.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of a roster entry's history, kept for officers who need to know why a child is (not)
 * counted where it is.
 *
 * @param source where it came from: {@code population-registry} or the import's source (e.g. {@code import:150424})
 * @param effectiveOn the civil date the source gives (birth, move, death); {@code null} for imports
 */
public record RosterChange(ChangeKind kind, String countyCode, String townshipCode, LocalDate effectiveOn,
        String source, Instant recordedAt) {
}
