package org.eduaid.contracts.teacher;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * A county's exchange and rotation plan (交流轮岗) for a school year was approved; its exchanges
 * follow as {@link TeacherExchangeApproved}, keyed by their own ids.
 *
 * @param schoolYear e.g. {@code 2026-2027}
 * @param dueTeachers teachers due to rotate (6 or more years at one school, by default)
 */
@EventType(name = "eduaid.teacher.RotationPlanApproved", version = 1)
public record RotationPlanApproved(String planId, String countyCode, String schoolYear, int dueTeachers,
        int rotatingTeachers, int backboneTeachers, int principals, int urbanToRural, int ruralToUrban,
        int withinRural, int withinUrban, Instant recordedAt) {
}
