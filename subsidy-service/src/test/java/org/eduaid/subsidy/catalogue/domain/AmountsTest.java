package org.eduaid.subsidy.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eduaid.subsidy.catalogue.StudentFactsMother.LHASA_CHENGGUAN;
import static org.eduaid.subsidy.catalogue.StudentFactsMother.LINXI;
import static org.eduaid.subsidy.catalogue.StudentFactsMother.aStudent;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eduaid.subsidy.calendar.Term;
import org.eduaid.subsidy.catalogue.StudentFactsMother;
import org.eduaid.subsidy.catalogue.application.DefaultCatalogue;
import org.junit.jupiter.api.Test;

/** What a term pays, in fen, exactly: the units, the default catalogue's figures and their funding splits. */
class AmountsTest {

    private static final Term AUTUMN = Term.parse("2026-2027-1");
    private static final Term SPRING = Term.parse("2026-2027-2");
    private static final LocalDate FROM = LocalDate.of(2018, 9, 1);
    private static final Map<String, Programme> CATALOGUE = DefaultCatalogue.programmes().stream()
            .collect(Collectors.toMap(Programme::code, Function.identity()));

    @Test
    void aYearlyAmountIsHalvedPerTermWithTheOddFenInTheAutumn() {
        AmountStandard odd = standard(1_000_01, AmountUnit.YEAR);
        AmountStandard even = standard(3_720_00, AmountUnit.YEAR);

        assertThat(odd.amountForTerm(1, 100)).isEqualTo(500_01);
        assertThat(odd.amountForTerm(2, 100)).isEqualTo(500_00);
        assertThat(odd.amountForTerm(1, 100) + odd.amountForTerm(2, 100)).isEqualTo(1_000_01);
        assertThat(even.amountForTerm(1, 0)).isEqualTo(1_860_00);
        assertThat(even.amountForTerm(2, 0)).isEqualTo(1_860_00);
        assertThat(standard(1, AmountUnit.YEAR).amountForTerm(1, 100)).isEqualTo(1);
        assertThat(standard(1, AmountUnit.YEAR).amountForTerm(2, 100)).isZero();
    }

    @Test
    void aTermlyAmountIsPaidWholeEachTermWhateverTheSchoolDays() {
        AmountStandard termly = standard(800_00, AmountUnit.TERM);

        assertThat(termly.amountForTerm(1, 100)).isEqualTo(800_00);
        assertThat(termly.amountForTerm(2, 0)).isEqualTo(800_00);
    }

    @Test
    void aDailyAmountIsTimesTheTermsSchoolDays() {
        AmountStandard daily = standard(5_00, AmountUnit.SCHOOL_DAY);

        assertThat(daily.amountForTerm(1, 100)).isEqualTo(500_00);
        assertThat(daily.amountForTerm(2, 97)).isEqualTo(485_00);
        assertThat(daily.amountForTerm(1, 0)).isZero();
        assertThatThrownBy(() -> standard(Long.MAX_VALUE / 2, AmountUnit.SCHOOL_DAY).amountForTerm(1, 3))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void tibetsFreeEducationPaysTheSeedsFigurePerStageAndLocalityHalfATerm() {
        Programme free = CATALOGUE.get(DefaultCatalogue.TIBET_FREE_EDUCATION);

        assertThat(yearOf(free, aStudent().in(Stage.PRESCHOOL).at(Locality.RURAL))).isEqualTo(380_00);
        assertThat(yearOf(free, aStudent().in(Stage.PRESCHOOL).at(Locality.URBAN))).isEqualTo(3_600_00);
        assertThat(yearOf(free, aStudent().in(Stage.PRIMARY).at(Locality.URBAN))).isEqualTo(260_00);
        assertThat(yearOf(free, aStudent().in(Stage.PRIMARY).at(Locality.RURAL))).isEqualTo(260_00);
        assertThat(yearOf(free, aStudent().in(Stage.JUNIOR_SECONDARY))).isEqualTo(380_00);
        assertThat(yearOf(free, aStudent().in(Stage.SENIOR_SECONDARY))).isEqualTo(1_240_00);
        assertThat(yearOf(free, aStudent().in(Stage.SECONDARY_VOCATIONAL))).isEqualTo(3_300_00);
        assertThat(free.amountFor(aStudent().in(Stage.PRIMARY).inCounty(LINXI).build(), AUTUMN, 100)).isEmpty();
    }

    @Test
    void theOtherProgrammesPayTheirNationalFigures() {
        assertThat(yearOf(CATALOGUE.get(DefaultCatalogue.TIBET_THREE_GUARANTEES), aStudent().boarding())).isEqualTo(3_720_00);
        assertThat(yearOf(CATALOGUE.get(DefaultCatalogue.BOARDING_LIVING_ALLOWANCE), aStudent().in(Stage.PRIMARY)))
                .isEqualTo(1_000_00);
        assertThat(yearOf(CATALOGUE.get(DefaultCatalogue.BOARDING_LIVING_ALLOWANCE), aStudent().in(Stage.JUNIOR_SECONDARY)))
                .isEqualTo(1_250_00);
        assertThat(yearOf(CATALOGUE.get(DefaultCatalogue.SENIOR_NATIONAL_GRANT), aStudent().in(Stage.SENIOR_SECONDARY)))
                .isEqualTo(2_000_00);
        assertThat(yearOf(CATALOGUE.get(DefaultCatalogue.VOCATIONAL_NATIONAL_GRANT),
                aStudent().in(Stage.SECONDARY_VOCATIONAL))).isEqualTo(2_000_00);
        assertThat(yearOf(CATALOGUE.get(DefaultCatalogue.VOCATIONAL_FEE_EXEMPTION),
                aStudent().in(Stage.SECONDARY_VOCATIONAL))).isEqualTo(2_000_00);
        assertThat(yearOf(CATALOGUE.get(DefaultCatalogue.UNIVERSITY_NATIONAL_GRANT), aStudent().in(Stage.HIGHER_EDUCATION)))
                .isEqualTo(3_300_00);
        assertThat(yearOf(CATALOGUE.get(DefaultCatalogue.STUDENT_ORIGIN_LOAN), aStudent().in(Stage.HIGHER_EDUCATION)))
                .isEqualTo(12_000_00);
    }

    @Test
    void nutritionIsFiveYuanPerSchoolDayWhollyCentral() {
        Programme nutrition = CATALOGUE.get(DefaultCatalogue.NUTRITION_IMPROVEMENT);

        FundingShares.Split term = nutrition.amountFor(aStudent().build(), AUTUMN, 100).orElseThrow();

        assertThat(term).isEqualTo(new FundingShares.Split(500_00, 500_00, 0, 0));
        assertThat(nutrition.amountFor(aStudent().build(), SPRING, 93).orElseThrow().totalFen()).isEqualTo(465_00);
    }

    @Test
    void termAmountsAreSplitExactlyByTheProgrammesShares() {
        // 三包 3,720 yuan: 1,860 a term, 90 / 10 / 0
        assertThat(CATALOGUE.get(DefaultCatalogue.TIBET_THREE_GUARANTEES)
                .amountFor(aStudent().boarding().inCounty(LHASA_CHENGGUAN).build(), AUTUMN, 100))
                .hasValue(new FundingShares.Split(1_860_00, 1_674_00, 186_00, 0));
        // junior boarders 1,250 yuan: 625 a term, 50 / 30 / 20
        assertThat(CATALOGUE.get(DefaultCatalogue.BOARDING_LIVING_ALLOWANCE)
                .amountFor(aStudent().in(Stage.JUNIOR_SECONDARY).boarding().build(), SPRING, 100))
                .hasValue(new FundingShares.Split(625_00, 312_50, 187_50, 125_00));
        // Tibetan rural preschool 380 yuan: 190 a term, 90 / 10 / 0
        assertThat(CATALOGUE.get(DefaultCatalogue.TIBET_FREE_EDUCATION)
                .amountFor(aStudent().in(Stage.PRESCHOOL).inCounty(LHASA_CHENGGUAN).build(), AUTUMN, 100))
                .hasValue(new FundingShares.Split(190_00, 171_00, 19_00, 0));
    }

    @Test
    void aSplitRoundsTheUpperLevelsDownAndTheCountyTakesTheRemainder() {
        FundingShares western = new FundingShares(80, 10, 10);

        assertThat(western.split(1_000_01)).isEqualTo(new FundingShares.Split(1_000_01, 800_00, 100_00, 100_01));
        assertThat(western.split(1)).isEqualTo(new FundingShares.Split(1, 0, 0, 1));
        assertThat(western.split(0)).isEqualTo(new FundingShares.Split(0, 0, 0, 0));
        assertThat(new FundingShares(33, 33, 34).split(100)).isEqualTo(new FundingShares.Split(100, 33, 33, 34));
        assertThat(new FundingShares(33, 33, 34).split(2)).isEqualTo(new FundingShares.Split(2, 0, 0, 2));
        assertThat(new FundingShares(0, 0, 100).split(123_45)).isEqualTo(new FundingShares.Split(123_45, 0, 0, 123_45));
    }

    @Test
    void everySplitAddsUpAndNoPartIsMoreThanTwoFenFromItsShare() {
        List<FundingShares> shares = List.of(new FundingShares(80, 10, 10), new FundingShares(33, 33, 34),
                new FundingShares(50, 30, 20), new FundingShares(1, 1, 98), new FundingShares(99, 1, 0));
        for (FundingShares share : shares) {
            for (long total = 0; total < 5_000; total += 7) {
                FundingShares.Split split = share.split(total);
                assertThat(split.centralFen() + split.provincialFen() + split.countyFen()).isEqualTo(total);
                assertThat(split.centralFen() * 100).isBetween(total * share.centralPercent() - 99,
                        total * share.centralPercent());
                assertThat(split.provincialFen() * 100).isBetween(total * share.provincialPercent() - 99,
                        total * share.provincialPercent());
                assertThat(split.countyFen() * 100).isBetween(total * share.countyPercent(),
                        total * share.countyPercent() + 198);
            }
        }
    }

    @Test
    void sharesAreWholePercentagesAddingUpToAHundred() {
        assertThatThrownBy(() -> new FundingShares(80, 10, 11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("add up to 100");
        assertThatThrownBy(() -> new FundingShares(110, -10, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static long yearOf(Programme programme, StudentFactsMother student) {
        StudentFacts facts = student.inCounty(LHASA_CHENGGUAN).build();
        return programme.amountFor(facts, AUTUMN, 100).orElseThrow().totalFen()
                + programme.amountFor(facts, SPRING, 100).orElseThrow().totalFen();
    }

    private static AmountStandard standard(long fen, AmountUnit unit) {
        return new AmountStandard(null, null, "", fen, unit, FROM, null);
    }
}
