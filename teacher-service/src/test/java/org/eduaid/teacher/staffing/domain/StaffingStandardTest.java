package org.eduaid.teacher.staffing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eduaid.contracts.teacher.StaffingShortfallChanged;
import org.junit.jupiter.api.Test;

class StaffingStandardTest {

    private static final StaffingStandard NATIONAL = StaffingStandard.national("15");

    @Test
    void eachStagesStudentsAreDividedByItsRatioAndRoundedUpExactly() {
        // 27 junior students / 13.5 = 2 exactly; 28 needs a third teacher
        assertThat(NATIONAL.requiredTeachers(Map.of("JUNIOR_SECONDARY", 27))).isEqualTo(2);
        assertThat(NATIONAL.requiredTeachers(Map.of("JUNIOR_SECONDARY", 28))).isEqualTo(3);
        assertThat(NATIONAL.requiredTeachers(Map.of("PRIMARY", 20, "JUNIOR_SECONDARY", 100))).isEqualTo(2 + 8);
        assertThat(NATIONAL.requiredTeachers(Map.of("SENIOR_SECONDARY", 125, "HIGHER_EDUCATION", 5000))).isEqualTo(10);
        assertThat(NATIONAL.requiredTeachers(Map.of())).isZero();
    }

    @Test
    void aRatioIsPositiveWithAtMostOneDecimal() {
        assertThatThrownBy(() -> new StaffingStandard("15", Map.of("PRIMARY", new BigDecimal("12.25"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StaffingStandard("15", Map.of("PRIMARY", BigDecimal.ZERO)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSchoolsRecordRaisesItsEventOnlyWhenAFigureChanged() {
        SchoolStaffingRecord now = record(Map.of("PRIMARY", 190), 10, 7);
        assertThat(now.shortfall()).isEqualTo(3);
        assertThat(now.changedFrom(Optional.empty())).get().satisfies(change -> assertThat(change.events()).singleElement()
                .isInstanceOfSatisfying(StaffingShortfallChanged.class, event -> assertThat(event.shortfall()).isEqualTo(3)));
        assertThat(record(Map.of("PRIMARY", 190), 10, 7).changedFrom(Optional.of(now))).isEmpty();
        assertThat(record(Map.of("PRIMARY", 191), 11, 7).changedFrom(Optional.of(now))).isPresent();
        assertThat(record(Map.of("PRIMARY", 19), 1, 3).shortfall()).isZero();
    }

    @Test
    void aCountyPlanCoversItsShortfallWhenItsMeasuresAddUp() {
        CountyStaffingPlan plan = new CountyStaffingPlan("150424", 2026, List.of(
                new CountyStaffingPlan.Measure(CountyStaffingPlan.MeasureKind.SPECIAL_POST, 20, "特岗计划"),
                new CountyStaffingPlan.Measure(CountyStaffingPlan.MeasureKind.EXCHANGE, 5, null)), 30, Instant.EPOCH);
        assertThat(plan.covers()).isFalse();
        assertThat(plan.uncovered()).isEqualTo(5);
    }

    private static SchoolStaffingRecord record(Map<String, Integer> students, int required, int teachers) {
        return new SchoolStaffingRecord("1150424001", "150424", true, students, required, teachers, Map.of("CHINESE", teachers),
                Instant.parse("2026-11-23T08:00:00Z"));
    }
}
