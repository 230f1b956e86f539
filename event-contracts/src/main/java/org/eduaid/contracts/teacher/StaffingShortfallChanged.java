package org.eduaid.contracts.teacher;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * A school's staffing against the standard changed: the students it has, the teachers the standard
 * asks for them, the teachers it has and the difference.
 *
 * @param shortfall {@code requiredTeachers - teachers} when positive, else 0
 */
@EventType(name = "eduaid.teacher.StaffingShortfallChanged", version = 1)
public record StaffingShortfallChanged(String schoolCode, String countyCode, boolean rural, int students,
        int requiredTeachers, int teachers, int shortfall, Instant recordedAt) {
}
