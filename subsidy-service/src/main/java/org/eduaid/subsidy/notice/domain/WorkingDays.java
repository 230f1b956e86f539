package org.eduaid.subsidy.notice.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Monday to Friday, less the configured public holidays. Make-up working days (调休, a Saturday worked
 * instead) are not modelled: a notice then runs a day longer, never shorter.
 */
public record WorkingDays(Set<LocalDate> holidays) {

    public WorkingDays {
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /**
     * The last day of a notice put up on {@code publishedOn} for {@code count} working days. The day it
     * goes up does not count, since it may go up late in the day; the first is the next working day.
     * A notice of no working days (demonstrations and load tests only) ends the day it goes up.
     */
    public LocalDate lastOf(LocalDate publishedOn, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("a notice cannot run for fewer than no working days");
        }
        LocalDate day = publishedOn;
        int counted = 0;
        while (counted < count) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
