package org.eduaid.enrollment.dropout.application;

import java.time.LocalDate;
import java.util.Set;

import org.eduaid.enrollment.dropout.domain.CaseState;
import org.eduaid.enrollment.dropout.domain.PriorityGroup;

/**
 * Which cases to list; every part optional except a county or a city.
 *
 * @param countyCode the county, or {@code null} when listing a city's escalated cases
 * @param cityCode with {@code escalatedOnly}: the city whose counties' escalated cases to list
 * @param states any of these states; empty for all
 * @param overdue {@code true}: only cases past their deadline on {@code today}; {@code false}: none of them
 */
public record CaseFilter(String countyCode, String cityCode, Set<CaseState> states, Boolean overdue,
        PriorityGroup priorityGroup, boolean escalatedOnly, LocalDate today) {

    public CaseFilter {
        states = Set.copyOf(states);
    }
}
