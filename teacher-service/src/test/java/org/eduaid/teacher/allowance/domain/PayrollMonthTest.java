package org.eduaid.teacher.allowance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.eduaid.contracts.teacher.RuralAllowanceApproved;
import org.eduaid.contracts.teacher.RuralAllowanceFailed;
import org.eduaid.contracts.teacher.RuralAllowanceResubmitted;
import org.eduaid.teacher.teacher.domain.Posting;
import org.eduaid.teacher.teacher.domain.PostingReason;
import org.eduaid.teacher.teacher.domain.ServiceRecord;
import org.junit.jupiter.api.Test;

class PayrollMonthTest {

    private static final Map<String, AllowanceTier> TIERS = Map.of("rural", AllowanceTier.RURAL_SCHOOL,
            "point", AllowanceTier.VILLAGE_SCHOOL);
    private static final PayrollMonth.RateLookup INNER_MONGOLIA = (county, tier, month) ->
            AllowanceStandard.DEFAULTS.get("15").rateFor(tier, month);
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void aRotationInTheMiddleOfTheYearSplitsTheYearBetweenTheSchoolsMonthByMonth() {
        ServiceRecord service = new ServiceRecord(List.of(
                posting("rural", "2020-09-01", "2026-03-15"),
                posting("point", "2026-03-16", "2026-08-31"),
                posting("urban", "2026-09-01", null)));

        List<Long> year = IntStream.rangeClosed(1, 12)
                .mapToObj(month -> line(service, YearMonth.of(2026, month)).map(PayrollMonth.Line::amountFen).orElse(0L))
                .toList();

        // January and February at the rural school (300); March (16 of its 31 days) to August at the
        // teaching point (400); nothing once at the urban school
        assertThat(year).containsExactly(30_000L, 30_000L, 40_000L, 40_000L, 40_000L, 40_000L, 40_000L, 40_000L,
                0L, 0L, 0L, 0L);
        assertThat(year.stream().mapToLong(Long::longValue).sum()).isEqualTo(300_000L);
    }

    @Test
    void aMonthServedLessThanHalfIsNotPaid() {
        ServiceRecord joinedLate = new ServiceRecord(List.of(posting("rural", "2026-09-17", null)));
        assertThat(line(joinedLate, YearMonth.of(2026, 9))).isEmpty();
        ServiceRecord joinedOnTheSixteenth = new ServiceRecord(List.of(posting("rural", "2026-09-16", null)));
        assertThat(line(joinedOnTheSixteenth, YearMonth.of(2026, 9))).get().extracting(PayrollMonth.Line::paymentId)
                .isEqualTo("t-1~2026-09");
    }

    @Test
    void aNewRateAppliesFromItsMonthAndLeavesEarlierMonthsAlone() {
        AllowanceStandard raised = AllowanceStandard.DEFAULTS.get("15")
                .with(new MonthlyRate(AllowanceTier.RURAL_SCHOOL, 35_000, YearMonth.of(2027, 1)));

        assertThat(raised.rateFor(AllowanceTier.RURAL_SCHOOL, YearMonth.of(2026, 12))).contains(30_000L);
        assertThat(raised.rateFor(AllowanceTier.RURAL_SCHOOL, YearMonth.of(2027, 1))).contains(35_000L);
        assertThat(raised.rateFor(AllowanceTier.ZONE_4, YearMonth.of(2027, 1))).isEmpty();
        assertThat(AllowanceStandard.DEFAULTS.get("54").rateFor(AllowanceTier.ZONE_4, YearMonth.of(2026, 9))).contains(150_000L);
    }

    @Test
    void aPaymentIsAnsweredByTheBankOnceAndOnlyAFailedOneGoesAgain() {
        AllowancePayment approved = AllowancePayment.approve(line(new ServiceRecord(List.of(posting("rural", "2020-09-01", null))),
                YearMonth.of(2026, 9)).orElseThrow(), "150424~2026-09", NOW).aggregate();

        var failed = approved.failed("ACCOUNT_CLOSED", NOW);
        assertThat(failed.events()).singleElement().isInstanceOf(RuralAllowanceFailed.class);
        assertThatThrownBy(() -> failed.aggregate().disbursed(LocalDate.of(2026, 10, 5), NOW)).isInstanceOf(IllegalStateException.class);
        var again = failed.aggregate().resubmit(NOW);
        assertThat(again.events()).singleElement().isInstanceOfSatisfying(RuralAllowanceResubmitted.class,
                event -> assertThat(event.attempt()).isEqualTo(2));
        var paid = again.aggregate().disbursed(LocalDate.of(2026, 10, 20), NOW);
        assertThat(paid.aggregate().state()).isEqualTo(AllowancePayment.State.DISBURSED);
        assertThat(paid.aggregate().entries()).hasSize(4);
        assertThatThrownBy(() -> paid.aggregate().resubmit(NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(AllowancePayment.approve(line(new ServiceRecord(List.of(posting("rural", "2020-09-01", null))),
                YearMonth.of(2026, 9)).orElseThrow(), "p", NOW).events()).singleElement().isInstanceOf(RuralAllowanceApproved.class);
    }

    private static Optional<PayrollMonth.Line> line(ServiceRecord service, YearMonth month) {
        return PayrollMonth.lineFor("t-1", service, month, school -> Optional.ofNullable(TIERS.get(school)), INNER_MONGOLIA);
    }

    private static Posting posting(String school, String from, String to) {
        return new Posting(school, "150424", !"urban".equals(school), LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), PostingReason.POSTED, null);
    }
}
