package org.eduaid.teacher.teacher.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class ServiceRecordTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void yearsOfServiceAndRuralYearsAddUpAcrossPostingsAndRotations() {
        ServiceRecord service = new ServiceRecord(List.of(
                posting("urban", false, "2000-09-01", "2010-08-31", PostingReason.POSTED),
                posting("rural", true, "2010-09-01", "2020-08-31", PostingReason.TRANSFERRED),
                posting("village", true, "2020-09-01", "2021-08-31", PostingReason.EXCHANGE_STARTED),
                posting("rural", true, "2021-09-01", null, PostingReason.EXCHANGE_ENDED)));

        assertThat(service.yearsOfService(LocalDate.of(2026, 8, 31))).isEqualTo(26);
        assertThat(service.yearsOfService(LocalDate.of(2026, 8, 30))).isEqualTo(25);
        assertThat(service.yearsInRuralSchools(LocalDate.of(2026, 8, 31))).isEqualTo(16);
        // the return from an exchange starts the count at the home school again
        assertThat(service.yearsAtCurrentSchool(LocalDate.of(2026, 8, 31))).isEqualTo(5);
        assertThat(service.current()).get().extracting(Posting::schoolCode).isEqualTo("rural");
    }

    @Test
    void consecutivePostingsAtTheSameSchoolCountTogetherForYearsAtTheSchool() {
        ServiceRecord service = new ServiceRecord(List.of(
                posting("a", true, "2015-09-01", "2019-08-31", PostingReason.POSTED),
                posting("a", true, "2019-09-01", null, PostingReason.TRANSFERRED)));

        assertThat(service.yearsAtCurrentSchool(LocalDate.of(2021, 9, 1))).isEqualTo(6);
    }

    @Test
    void twentyRuralYearsAreReachedOnTheAnniversaryOfAnUnbrokenStretchAndLeftoverDaysAddUpAt365() {
        ServiceRecord continuous = new ServiceRecord(List.of(posting("rural", true, "2006-09-01", null, PostingReason.POSTED)));
        assertThat(continuous.dayRuralYearsReached(20, TODAY)).contains(LocalDate.of(2026, 8, 31));
        assertThat(continuous.dayRuralYearsReached(20, LocalDate.of(2026, 8, 30))).isEmpty();
        assertThat(continuous.dayRuralYearsReached(30, TODAY)).isEmpty();

        ServiceRecord interrupted = new ServiceRecord(List.of(
                posting("rural", true, "2000-01-01", "2009-12-31", PostingReason.POSTED),
                posting("urban", false, "2010-01-01", "2014-12-31", PostingReason.TRANSFERRED),
                posting("rural", true, "2015-01-01", null, PostingReason.TRANSFERRED)));
        // ten whole years by 2009-12-31; ten more from 2015-01-01
        assertThat(interrupted.dayRuralYearsReached(20, TODAY)).contains(LocalDate.of(2024, 12, 31));
        assertThat(interrupted.yearsInRuralSchools(LocalDate.of(2024, 12, 30))).isEqualTo(19);

        ServiceRecord leftovers = new ServiceRecord(List.of(
                posting("rural", true, "2000-03-01", "2000-08-31", PostingReason.POSTED),
                posting("urban", false, "2000-09-01", "2001-02-28", PostingReason.TRANSFERRED),
                posting("rural", true, "2001-03-01", "2001-09-30", PostingReason.TRANSFERRED),
                posting("urban", false, "2001-10-01", null, PostingReason.TRANSFERRED)));
        // 184 + 214 = 398 leftover days: one year
        assertThat(leftovers.yearsInRuralSchools(TODAY)).isEqualTo(1);
    }

    @Test
    void aMonthBelongsToTheSchoolWhereMostOfItWasServedAndTheLaterOneOnATie() {
        ServiceRecord midMonth = new ServiceRecord(List.of(
                posting("first", true, "2020-01-01", "2026-09-10", PostingReason.POSTED),
                posting("second", false, "2026-09-11", null, PostingReason.EXCHANGE_STARTED)));
        assertThat(midMonth.postingForMonth(YearMonth.of(2026, 9))).get().extracting(Posting::schoolCode).isEqualTo("second");
        assertThat(midMonth.postingForMonth(YearMonth.of(2026, 8))).get().extracting(Posting::schoolCode).isEqualTo("first");

        ServiceRecord tie = new ServiceRecord(List.of(
                posting("first", true, "2020-01-01", "2026-09-15", PostingReason.POSTED),
                posting("second", true, "2026-09-16", null, PostingReason.TRANSFERRED)));
        assertThat(tie.postingForMonth(YearMonth.of(2026, 9))).get().extracting(Posting::schoolCode).isEqualTo("second");
        assertThat(tie.postingForMonth(YearMonth.of(2019, 12))).isEmpty();
    }

    @Test
    void overlappingPostingsAreRefused() {
        assertThatThrownBy(() -> new ServiceRecord(List.of(
                posting("a", true, "2020-01-01", "2021-01-31", PostingReason.POSTED),
                posting("b", true, "2021-01-31", null, PostingReason.TRANSFERRED))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
        assertThatThrownBy(() -> posting("a", true, "2021-01-01", "2020-01-01", PostingReason.POSTED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Posting posting(String school, boolean rural, String from, String to, PostingReason reason) {
        return new Posting(school, "150424", rural, LocalDate.parse(from), to == null ? null : LocalDate.parse(to), reason,
                reason == PostingReason.EXCHANGE_STARTED || reason == PostingReason.EXCHANGE_ENDED ? "x-1" : null);
    }
}
