package org.eduaid.subsidy.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eduaid.subsidy.catalogue.StudentFactsMother.LHASA_CHENGGUAN;
import static org.eduaid.subsidy.catalogue.StudentFactsMother.LINXI;
import static org.eduaid.subsidy.catalogue.StudentFactsMother.SHIGATSE_SAMZHUBZE;
import static org.eduaid.subsidy.catalogue.StudentFactsMother.aStudent;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eduaid.subsidy.calendar.Term;
import org.junit.jupiter.api.Test;

/** Which standard a student gets: by date, region, stage and locality, the most specific winning. */
class ProgrammeStandardsTest {

    private static final LocalDate FROM = LocalDate.of(2024, 9, 1);
    private static final FundingShares CENTRAL = new FundingShares(100, 0, 0);

    @Test
    void aLongerRegionPrefixWinsOverAShorterOne() {
        Programme grant = programme(
                yearly(null, null, "", 2_000_00, FROM, null),
                yearly(null, null, "54", 2_500_00, FROM, null),
                yearly(null, null, "5401", 2_600_00, FROM, null));

        assertThat(amountOn(grant, aStudent().in(Stage.SENIOR_SECONDARY).inCounty(LHASA_CHENGGUAN))).hasValue(2_600_00L);
        assertThat(amountOn(grant, aStudent().in(Stage.SENIOR_SECONDARY).inCounty(SHIGATSE_SAMZHUBZE))).hasValue(2_500_00L);
        assertThat(amountOn(grant, aStudent().in(Stage.SENIOR_SECONDARY).inCounty(LINXI))).hasValue(2_000_00L);
    }

    @Test
    void aRegionDigitOutweighsStageAndLocalityAndStageOutweighsLocality() {
        Programme grant = programme(
                yearly(Stage.PRIMARY, Locality.RURAL, "", 1_00, FROM, null),
                yearly(null, null, "5", 2_00, FROM, null),
                yearly(Stage.PRIMARY, null, "15", 3_00, FROM, null),
                yearly(null, Locality.RURAL, "15", 4_00, FROM, null));

        // "5" (one digit) beats stage + locality without a region
        assertThat(amountOn(grant, aStudent().in(Stage.PRIMARY).at(Locality.RURAL).inCounty(LHASA_CHENGGUAN)))
                .hasValue(2_00L);
        // in Inner Mongolia both two-digit standards apply: the stage one is more specific than the locality one
        assertThat(amountOn(grant, aStudent().in(Stage.PRIMARY).at(Locality.RURAL).inCounty(LINXI))).hasValue(3_00L);
        assertThat(amountOn(grant, aStudent().in(Stage.PRIMARY).at(Locality.URBAN).inCounty(LINXI))).hasValue(3_00L);
        assertThat(amountOn(grant, aStudent().in(Stage.JUNIOR_SECONDARY).at(Locality.RURAL).inCounty(LINXI)))
                .hasValue(4_00L);
        assertThat(amountOn(grant, aStudent().in(Stage.JUNIOR_SECONDARY).at(Locality.URBAN).inCounty("110101")))
                .isEmpty();
    }

    @Test
    void aStandardForAnotherStageOrLocalityDoesNotApplyAtAll() {
        Programme preschool = programme(
                yearly(Stage.PRESCHOOL, Locality.RURAL, "54", 380_00, FROM, null),
                yearly(Stage.PRESCHOOL, Locality.URBAN, "54", 3_600_00, FROM, null));

        assertThat(amountOn(preschool, aStudent().in(Stage.PRESCHOOL).at(Locality.RURAL).inCounty(LHASA_CHENGGUAN)))
                .hasValue(380_00L);
        assertThat(amountOn(preschool, aStudent().in(Stage.PRESCHOOL).at(Locality.URBAN).inCounty(LHASA_CHENGGUAN)))
                .hasValue(3_600_00L);
        assertThat(amountOn(preschool, aStudent().in(Stage.PRIMARY).at(Locality.URBAN).inCounty(LHASA_CHENGGUAN)))
                .isEmpty();
        // a school not yet known here has no locality: neither preschool standard can be chosen yet
        assertThat(amountOn(preschool, aStudent().in(Stage.PRESCHOOL).at(null).inCounty(LHASA_CHENGGUAN))).isEmpty();
        assertThat(amountOn(preschool, aStudent().in(Stage.PRESCHOOL).at(Locality.URBAN).inCounty(LINXI))).isEmpty();
    }

    @Test
    void theStandardIsTheOneValidOnTheDateBothEndsInclusive() {
        Programme grant = programme(
                yearly(null, null, "", 1_000_00, FROM, LocalDate.of(2025, 8, 31)),
                yearly(null, null, "", 1_200_00, LocalDate.of(2025, 9, 1), null));
        StudentFacts student = aStudent().build();

        assertThat(grant.standardFor(student, FROM.minusDays(1))).isEmpty();
        assertThat(grant.standardFor(student, FROM).map(AmountStandard::amountFen)).hasValue(1_000_00L);
        assertThat(grant.standardFor(student, LocalDate.of(2025, 8, 31)).map(AmountStandard::amountFen)).hasValue(1_000_00L);
        assertThat(grant.standardFor(student, LocalDate.of(2025, 9, 1)).map(AmountStandard::amountFen)).hasValue(1_200_00L);
        assertThat(grant.standardFor(student, LocalDate.of(2040, 1, 1)).map(AmountStandard::amountFen)).hasValue(1_200_00L);
    }

    @Test
    void aMoreSpecificStandardThatHasEndedLeavesTheGeneralOneInForce() {
        Programme grant = programme(
                yearly(null, null, "", 2_000_00, FROM, null),
                yearly(null, null, "54", 2_500_00, FROM, LocalDate.of(2025, 1, 31)));
        StudentFacts tibetan = aStudent().inCounty(LHASA_CHENGGUAN).build();

        assertThat(grant.standardFor(tibetan, LocalDate.of(2025, 1, 31)).map(AmountStandard::amountFen)).hasValue(2_500_00L);
        assertThat(grant.standardFor(tibetan, LocalDate.of(2025, 2, 1)).map(AmountStandard::amountFen)).hasValue(2_000_00L);
    }

    @Test
    void aTermIsPaidByTheStandardInForceOnItsFirstDaySoAMidTermChangeWaitsForTheNextTerm() {
        Programme grant = programme(
                yearly(null, null, "", 2_000_00, FROM, LocalDate.of(2025, 2, 28)),
                yearly(null, null, "", 2_400_00, LocalDate.of(2025, 3, 1), null));
        StudentFacts student = aStudent().build();

        assertThat(grant.amountFor(student, Term.parse("2024-2025-2"), 100).map(FundingShares.Split::totalFen))
                .hasValue(1_000_00L);
        assertThat(grant.amountFor(student, Term.parse("2025-2026-1"), 100).map(FundingShares.Split::totalFen))
                .hasValue(1_200_00L);
    }

    @Test
    void aStudentNotAtASchoolHasNoStandard() {
        Programme grant = programme(yearly(null, null, "", 2_000_00, FROM, null));

        assertThat(grant.standardFor(aStudent().notAtSchool().build(), FROM)).isEmpty();
        assertThat(grant.amountFor(aStudent().notAtSchool().build(), Term.parse("2024-2025-1"), 100)).isEmpty();
    }

    @Test
    void theStandardFollowsTheSchoolsCountyNotTheHouseholds() {
        Programme grant = programme(
                yearly(null, null, "", 2_000_00, FROM, null),
                yearly(null, null, "54", 2_500_00, FROM, null));
        StudentFacts fromLinxiAtSchoolInLhasa = new StudentFacts("p-1", LINXI, Set.of(), null,
                aStudent().inCounty(LHASA_CHENGGUAN).build().enrolment());

        assertThat(grant.standardFor(fromLinxiAtSchoolInLhasa, FROM).map(AmountStandard::amountFen)).hasValue(2_500_00L);
    }

    private static Optional<Long> amountOn(Programme programme, org.eduaid.subsidy.catalogue.StudentFactsMother student) {
        return programme.standardFor(student.build(), FROM).map(AmountStandard::amountFen);
    }

    static Programme programme(AmountStandard... standards) {
        return new Programme("TEST_GRANT", "测试", ProgrammeKind.GRANT, Set.of(Stage.values()), List.of(),
                List.of(standards), CENTRAL, null, null);
    }

    static AmountStandard yearly(Stage stage, Locality locality, String region, long fen, LocalDate from, LocalDate to) {
        return new AmountStandard(stage, locality, region, fen, AmountUnit.YEAR, from, to);
    }
}
