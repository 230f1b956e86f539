package org.eduaid.enrollment.roster.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SchoolAgePolicyTest {

    private final SchoolAgePolicy policy = SchoolAgePolicy.compulsoryEducation();

    @Test
    void theReferenceDateIs31AugustOfTheSchoolYearThatStartedLastSeptember() {
        assertThat(policy.referenceDate(LocalDate.of(2026, 3, 15))).isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(policy.referenceDate(LocalDate.of(2026, 8, 31))).isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(policy.referenceDate(LocalDate.of(2026, 9, 1))).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(policy.referenceDate(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2026, 8, 31));
    }

    @Test
    void aChildSixOn31AugustStartsSchoolAndOneBornADayLaterWaitsAYear() {
        LocalDate reference = LocalDate.of(2026, 8, 31);
        assertThat(policy.isOfSchoolAge(LocalDate.of(2020, 8, 31), reference)).isTrue();
        assertThat(policy.isOfSchoolAge(LocalDate.of(2020, 9, 1), reference)).isFalse();
    }

    @Test
    void fifteenIsTheLastSchoolAgeSixteenIsNot() {
        LocalDate reference = LocalDate.of(2026, 8, 31);
        assertThat(policy.isOfSchoolAge(LocalDate.of(2010, 9, 1), reference)).isTrue();
        assertThat(policy.isOfSchoolAge(LocalDate.of(2010, 8, 31), reference)).isFalse();
    }

    @Test
    void theBirthDateRangeMatchesTheAgeRule() {
        LocalDate reference = LocalDate.of(2026, 8, 31);
        LocalDate earliest = policy.earliestBirthDate(reference);
        LocalDate latest = policy.latestBirthDate(reference);
        assertThat(policy.isOfSchoolAge(earliest, reference)).isTrue();
        assertThat(policy.isOfSchoolAge(earliest.minusDays(1), reference)).isFalse();
        assertThat(policy.isOfSchoolAge(latest, reference)).isTrue();
        assertThat(policy.isOfSchoolAge(latest.plusDays(1), reference)).isFalse();
    }

    @Test
    void theRosterKeepsChildrenUpToThreeYearsPastTheLastSchoolAge() {
        LocalDate today = LocalDate.of(2026, 5, 1);
        assertThat(policy.keeps(LocalDate.of(2007, 5, 2), today)).isTrue();
        assertThat(policy.keeps(LocalDate.of(2007, 5, 1), today)).isFalse();
        assertThat(policy.keeps(LocalDate.of(2026, 4, 1), today)).isTrue();
    }

    @Test
    void agesAreConfigurable() {
        SchoolAgePolicy senior = new SchoolAgePolicy(6, 18);
        assertThat(senior.isOfSchoolAge(LocalDate.of(2009, 1, 1), LocalDate.of(2026, 8, 31))).isTrue();
        assertThatThrownBy(() -> new SchoolAgePolicy(10, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SchoolAgePolicy(-1, 6)).isInstanceOf(IllegalArgumentException.class);
    }
}
