package org.eduaid.subsidy.notice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static final WorkingDays WEEKDAYS = new WorkingDays(Set.of());

    @Test
    void aNoticePutUpOnAFridayForFiveWorkingDaysEndsTheNextFriday() {
        assertThat(WEEKDAYS.lastOf(LocalDate.parse("2025-03-07"), 5)).isEqualTo(LocalDate.parse("2025-03-14"));
    }

    @Test
    void theDayItGoesUpDoesNotCount() {
        assertThat(WEEKDAYS.lastOf(LocalDate.parse("2025-03-03"), 1)).isEqualTo(LocalDate.parse("2025-03-04"));
        assertThat(WEEKDAYS.lastOf(LocalDate.parse("2025-03-08"), 1)).isEqualTo(LocalDate.parse("2025-03-10"));
    }

    @Test
    void holidaysAreSkipped() {
        Set<LocalDate> goldenWeek = Stream.iterate(LocalDate.parse("2025-10-01"), d -> d.plusDays(1)).limit(8)
                .collect(Collectors.toSet());
        WorkingDays calendar = new WorkingDays(goldenWeek);

        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-08"))).isFalse();
        assertThat(calendar.lastOf(LocalDate.parse("2025-09-30"), 5)).isEqualTo(LocalDate.parse("2025-10-15"));
    }

    @Test
    void aNoticeOfNoWorkingDaysEndsTheDayItGoesUpAndNoneRunsForFewer() {
        assertThat(WEEKDAYS.lastOf(LocalDate.parse("2025-03-08"), 0)).isEqualTo(LocalDate.parse("2025-03-08"));
        assertThatThrownBy(() -> WEEKDAYS.lastOf(LocalDate.parse("2025-03-03"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
