package org.eduaid.subsidy.review.application;

import java.util.Set;

import org.eduaid.subsidy.review.domain.ApplicationState;

/**
 * Which applications a list or a command covers; {@code null} (or empty) means any.
 *
 * @param regionPrefix a province, city or county code the county must start with
 */
public record ApplicationFilter(String regionPrefix, String countyCode, String programmeCode, String schoolYear,
        Set<ApplicationState> states, String schoolCode, String noticeId) {

    public ApplicationFilter {
        states = states == null ? Set.of() : Set.copyOf(states);
    }

    public static ApplicationFilter county(String countyCode, String programmeCode, String schoolYear,
            Set<ApplicationState> states) {
        return new ApplicationFilter(null, countyCode, programmeCode, schoolYear, states, null, null);
    }

    public static ApplicationFilter onNotice(String noticeId, Set<ApplicationState> states) {
        return new ApplicationFilter(null, null, null, null, states, null, noticeId);
    }
}
