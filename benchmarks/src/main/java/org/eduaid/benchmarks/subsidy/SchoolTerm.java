package org.eduaid.benchmarks.subsidy;

import java.time.LocalDate;
import java.time.Month;

/**
 * The term a date falls in, as subsidy-service's calendar has it: school year {@code 2026-2027}
 * from 1 September; term 1 (autumn) to the end of January, term 2 (spring) from 1 February.
 * Budgets count a term against the calendar year of its first day.
 */
record SchoolTerm(int startYear, int number) {

    static SchoolTerm containing(LocalDate date) {
        int startYear = date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
        return new SchoolTerm(startYear, date.getMonth() == Month.JANUARY || date.getMonthValue() >= 9 ? 1 : 2);
    }

    String schoolYear() {
        return startYear + "-" + (startYear + 1);
    }

    String id() {
        return schoolYear() + "-" + number;
    }

    LocalDate firstDay() {
        return number == 1 ? LocalDate.of(startYear, Month.SEPTEMBER, 1) : LocalDate.of(startYear + 1, Month.FEBRUARY, 1);
    }

    int budgetYear() {
        return firstDay().getYear();
    }
}
