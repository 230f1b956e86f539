package org.eduaid.enrollment.roster.domain;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;

/**
 * Who is of compulsory school age (适龄儿童): aged {@code fromAge} to {@code toAge} inclusive on the
 * reference date of the school year, 31 August, the cut-off the enrolment rules use (a child who is 6
 * on 31 August starts school that September). Defaults to 6–15, the nine years of compulsory education.
 *
 * <p>The registry publishes everybody; the roster keeps children only: nobody older than
 * {@code toAge + }{@value #KEPT_YEARS_BEYOND} years, which leaves room for late starters and repeaters
 * while keeping adults' records out of this service.
 */
public record SchoolAgePolicy(int fromAge, int toAge) {

    public static final MonthDay REFERENCE_DAY = MonthDay.of(Month.AUGUST, 31);
    public static final int KEPT_YEARS_BEYOND = 3;

    public SchoolAgePolicy {
        if (fromAge < 0 || toAge < fromAge || toAge > 30) {
            throw new IllegalArgumentException("school ages run from a first age to a last age no smaller than it (0–30)");
        }
    }

    public static SchoolAgePolicy compulsoryEducation() {
        return new SchoolAgePolicy(6, 15);
    }

    /** 31 August of the school year {@code today} belongs to: a school year starts on 1 September. */
    public LocalDate referenceDate(LocalDate today) {
        int year = today.getMonthValue() >= Month.SEPTEMBER.getValue() ? today.getYear() : today.getYear() - 1;
        return REFERENCE_DAY.atYear(year);
    }

    public static int ageOn(LocalDate birthDate, LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    /** Whether a child born on {@code birthDate} is of school age in the school year of {@code referenceDate}. */
    public boolean isOfSchoolAge(LocalDate birthDate, LocalDate referenceDate) {
        int age = ageOn(birthDate, referenceDate);
        return age >= fromAge && age <= toAge;
    }

    /** The earliest birth date of school age on {@code referenceDate} (for range queries). */
    public LocalDate earliestBirthDate(LocalDate referenceDate) {
        return referenceDate.minusYears(toAge + 1L).plusDays(1);
    }

    /** The latest birth date of school age on {@code referenceDate}. */
    public LocalDate latestBirthDate(LocalDate referenceDate) {
        return referenceDate.minusYears(fromAge);
    }

    /** Whether the roster keeps this person at all: a child, not an adult the registry also publishes. */
    public boolean keeps(LocalDate birthDate, LocalDate today) {
        return ageOn(birthDate, today) <= toAge + KEPT_YEARS_BEYOND;
    }
}
