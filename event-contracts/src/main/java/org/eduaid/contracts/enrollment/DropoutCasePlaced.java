package org.eduaid.contracts.enrollment;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * A disabled child was placed under a plan of their own (一人一案).
 *
 * @param placement SPECIAL_SCHOOL (特校入学), REGULAR_CLASS (随班就读) or HOME_TEACHING (送教上门)
 * @param schoolCode the school that teaches the child
 */
@EventType(name = "eduaid.enrollment.DropoutCasePlaced", version = 1)
public record DropoutCasePlaced(String caseId, String childId, String countyCode, String placement,
        String schoolCode, String placedOn, Instant recordedAt) {
}
