package org.eduaid.subsidy.calendar;

import java.time.LocalDate;
import java.time.Month;

/**
 * A term (学期) of a school year, written {@code 2024-2025-1}: term 1 is the autumn term from
 * 1 September to the end of January, term 2 the spring term from 1 February to 31 August. Payments
 * are made once per student, programme and term.
 */
public record Term(SchoolYear schoolYear, int number) implements Comparable<Term> {

    public Term {
        if (schoolYear == null) {
            throw new IllegalArgumentException("a term needs its school year");
        }
        if (number != 1 && number != 2) {
            throw new IllegalArgumentException("a term is 1 (autumn) or 2 (spring)");
        }
    }

    /** Reads {@code 2024-2025-1}. */
    public static Term parse(String text) {
        if (text == null || text.length() != 11 || text.charAt(9) != '-') {
            throw new IllegalArgumentException("a term is written like 2024-2025-1 (autumn) or 2024-2025-2 (spring)");
        }
        int number;
        try {
            number = Integer.parseInt(text.substring(10));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a term is written like 2024-2025-1 (autumn) or 2024-2025-2 (spring)");
        }
        return new Term(SchoolYear.parse(text.substring(0, 9)), number);
    }

    public static Term containing(LocalDate date) {
        SchoolYear year = SchoolYear.containing(date);
        return new Term(year, date.isBefore(LocalDate.of(year.startYear() + 1, Month.FEBRUARY, 1)) ? 1 : 2);
    }

    public LocalDate firstDay() {
        return number == 1 ? schoolYear.firstDay() : LocalDate.of(schoolYear.startYear() + 1, Month.FEBRUARY, 1);
    }

    public LocalDate lastDay() {
        return number == 1 ? LocalDate.of(schoolYear.startYear() + 1, Month.JANUARY, 31) : schoolYear.lastDay();
    }

    public Term next() {
        return number == 1 ? new Term(schoolYear, 2) : new Term(new SchoolYear(schoolYear.startYear() + 1), 1);
    }

    public String id() {
        return schoolYear.id() + "-" + number;
    }

    @Override
    public int compareTo(Term other) {
        int byYear = schoolYear.compareTo(other.schoolYear);
        return byYear != 0 ? byYear : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return id();
    }
}
