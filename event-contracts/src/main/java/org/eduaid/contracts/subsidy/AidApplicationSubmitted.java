package org.eduaid.contracts.subsidy;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * A student was put forward for a programme and school year: automatically, because the rules found them
 * eligible, or by their school with a reason.
 *
 * @param applicationId {@code studentId~programmeCode~schoolYear}: one application per student, programme and year
 * @param origin AUTOMATIC or SCHOOL
 * @param ruleCode the rule that found the student eligible, or {@code null} for a school's application
 * @param reason the school's reason, free text without personal data, or {@code null}
 */
@EventType(name = "eduaid.subsidy.AidApplicationSubmitted", version = 1)
public record AidApplicationSubmitted(String applicationId, String studentId, String programmeCode, String schoolYear,
        String countyCode, String schoolCode, String origin, String ruleCode, String reason, Instant submittedAt) {
}
