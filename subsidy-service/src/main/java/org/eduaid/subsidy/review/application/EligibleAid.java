package org.eduaid.subsidy.review.application;

import java.time.Instant;

import org.eduaid.subsidy.calendar.SchoolYear;

/**
 * A student found eligible (or no longer eligible) for a programme in a school year, by the rule
 * named, for the county responsible for the student's aid.
 */
public record EligibleAid(String studentId, String programmeCode, SchoolYear schoolYear, String countyCode,
        String schoolCode, String ruleCode, Instant decidedAt) {
}
