package org.eduaid.subsidy.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school year (学年), written {@code 2024-2025}: it starts on 1 September and ends on 31 August.
 * Aid is applied for, reviewed and noticed per school year, and paid per {@link Term}.
 */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-(\\d{4})");

    public SchoolYear {
        if (startYear < 2000 || startYear > 2200) {
            throw new IllegalArgumentException("school year out of range: " + startYear);
        }
    }

    /** Reads {@code 2024-2025}; the second year must follow the first. */
    public static SchoolYear parse(String text) {
        Matcher matcher = text == null ? null : TEXT.matcher(text);
        if (matcher == null || !matcher.matches()
                || Integer.parseInt(matcher.group(2)) != Integer.parseInt(matcher.group(1)) + 1) {
            throw new IllegalArgumentException("a school year is written like 2024-2025");
        }
        return new SchoolYear(Integer.parseInt(matcher.group(1)));
    }

    public static SchoolYear containing(LocalDate date) {
        return new SchoolYear(date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    public Term term(int number) {
        return new Term(this, number);
    }

    public String id() {
        return startYear + "-" + (startYear + 1);
    }

    @Override
    public int compareTo(SchoolYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return id();
    }
}
