package org.eduaid.enrollment.roster.application;

import java.time.Instant;
import java.time.LocalDate;

import org.eduaid.enrollment.person.PersonId;

/**
 * A school's report that a student has been absent {@code daysAbsent} school days from {@code fromDate}.
 * One per student, school and first day: a later report for the same spell replaces the earlier one.
 */
public record Absence(PersonId studentId, String schoolCode, String countyCode, LocalDate fromDate, int daysAbsent,
        String note, String reportedBy, Instant reportedAt) {
}
