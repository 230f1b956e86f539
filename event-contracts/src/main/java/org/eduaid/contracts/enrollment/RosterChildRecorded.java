package org.eduaid.contracts.enrollment;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * A child is on a county's population roster, from the population registry or an import: newly,
 * or with changed residence. Whether the child is of school age on a date follows from the birth
 * year and month.
 *
 * @param childId the child's id, the same as the student id once the child is registered
 * @param birthMonth year and month of birth, {@code yyyy-MM}
 * @param reason BIRTH, MOVED_IN or IMPORTED
 */
@EventType(name = "eduaid.enrollment.RosterChildRecorded", version = 1)
public record RosterChildRecorded(String childId, String countyCode, String townshipCode, String sex,
        String birthMonth, String reason, String effectiveOn, Instant recordedAt) {
}
