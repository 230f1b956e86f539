package org.eduaid.subsidy.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eduaid.contracts.subsidy.EligibilityDecided;
import org.eduaid.subsidy.catalogue.domain.AmountStandard;
import org.eduaid.subsidy.catalogue.domain.AmountUnit;
import org.eduaid.subsidy.catalogue.domain.EligibilityRule;
import org.eduaid.subsidy.catalogue.domain.FundingShares;
import org.eduaid.subsidy.catalogue.domain.HouseholdFlag;
import org.eduaid.subsidy.catalogue.domain.Locality;
import org.eduaid.subsidy.catalogue.domain.Programme;
import org.eduaid.subsidy.catalogue.domain.ProgrammeKind;
import org.eduaid.subsidy.catalogue.domain.Stage;
import org.eduaid.subsidy.catalogue.domain.StudentFacts;
import org.junit.jupiter.api.Test;

class StudentEligibilityTest {

    static final LocalDate TODAY = LocalDate.of(2026, 10, 8);
    static final Instant T1 = Instant.parse("2026-10-08T02:00:00Z");
    static final Instant T2 = Instant.parse("2026-10-09T02:00:00Z");
    static final SchoolFacts RURAL = new SchoolFacts("PRIMARY", Locality.RURAL);
    static final SchoolFacts URBAN = new SchoolFacts("PRIMARY", Locality.URBAN);

    static final Programme ALLOWANCE = StudentEligibilityTestCatalogue.ALLOWANCE;
    static final Programme NUTRITION = StudentEligibilityTestCatalogue.NUTRITION;
    static final List<Programme> CATALOGUE = StudentEligibilityTestCatalogue.CATALOGUE;

    static StudentEligibility poorBoarder() {
        return StudentEligibility.unknown("p-student")
                .registered(1, "王*", "150424********123X", "150424", Set.of(HouseholdFlag.REGISTERED_POOR), null)
                .enrolled(2, "1504240001", "150424", Stage.PRIMARY, 3, true);
    }

    @Test
    void aPoorBoarderAtARuralSchoolIsEligibleForBothAndThatIsPublishedOnce() {
        StudentEligibility.Decided decided = poorBoarder().decide(CATALOGUE, TODAY, RURAL, T1);

        assertThat(decided.student().eligibleProgrammes()).containsExactly("ALLOWANCE", "NUTRITION");
        assertThat(decided.student().decisions().get("ALLOWANCE").ruleCode()).isEqualTo("POOR-BOARDER");
        assertThat(decided.student().facts().enrolment().locality()).isEqualTo(Locality.RURAL);
        EligibilityDecided event = (EligibilityDecided) decided.events().get(0);
        assertThat(event.changed()).containsExactly("ALLOWANCE", "NUTRITION");
        assertThat(event.countyCode()).isEqualTo("150424");
        assertThat(event.stage()).isEqualTo("PRIMARY");
        assertThat(decided.withdrawals()).isEmpty();

        StudentEligibility.Decided again = decided.student().decide(CATALOGUE, TODAY, RURAL, T2);
        assertThat(again.events()).isEmpty();
        assertThat(again.student()).isEqualTo(decided.student());
        assertThat(again.student().decisions().get("ALLOWANCE").decidedAt()).isEqualTo(T1);
    }

    @Test
    void aStudentNeverEligibleRaisesNothing() {
        StudentEligibility student = StudentEligibility.unknown("p-student")
                .registered(1, "李*", null, "150424", Set.of(), null)
                .enrolled(2, "1504240001", "150424", Stage.PRIMARY, 1, false);

        StudentEligibility.Decided decided = student.decide(CATALOGUE, TODAY, URBAN, T1);

        assertThat(decided.events()).isEmpty();
        assertThat(decided.student().eligibleProgrammes()).isEmpty();
        assertThat(decided.student().decisions()).containsOnlyKeys("ALLOWANCE", "NUTRITION");
    }

    @Test
    void losingAFlagWithdrawsTheProgrammeAsNoLongerEligible() {
        StudentEligibility eligible = poorBoarder().decide(CATALOGUE, TODAY, RURAL, T1).student();

        StudentEligibility.Decided decided = eligible.flagsChanged(3, Set.of(), null).decide(CATALOGUE, TODAY, RURAL, T2);

        assertThat(decided.student().eligibleProgrammes()).containsExactly("NUTRITION");
        assertThat(decided.withdrawals()).isEqualTo(Map.of("ALLOWANCE", StudentEligibility.NO_LONGER_ELIGIBLE));
        assertThat(decided.student().lastWithdrawals()).isEqualTo(decided.withdrawals());
        assertThat(((EligibilityDecided) decided.events().get(0)).changed()).containsExactly("ALLOWANCE");
        assertThat(decided.student().decisions().get("ALLOWANCE").decidedAt()).isEqualTo(T2);
        assertThat(decided.student().decisions().get("NUTRITION").decidedAt()).isEqualTo(T1);
    }

    @Test
    void aWithdrawalLosesEveryProgrammeBecauseTheStudentLeftSchool() {
        StudentEligibility eligible = poorBoarder().decide(CATALOGUE, TODAY, RURAL, T1).student();

        StudentEligibility.Decided decided = eligible.left(3, LeftSchool.WITHDRAWN).decide(CATALOGUE, TODAY, null, T2);

        assertThat(decided.student().facts().enrolment()).isNull();
        assertThat(decided.student().facts().responsibleCountyCode()).isEqualTo("150424");
        assertThat(decided.withdrawals()).isEqualTo(Map.of("ALLOWANCE", StudentEligibility.LEFT_SCHOOL,
                "NUTRITION", StudentEligibility.LEFT_SCHOOL));
        EligibilityDecided event = (EligibilityDecided) decided.events().get(0);
        assertThat(event.decisions()).allMatch(d -> !d.eligible());
        assertThat(event.schoolCode()).isNull();
    }

    @Test
    void aTransferToAnotherCountyIsPublishedEvenWhenTheDecisionsStayTheSame() {
        StudentEligibility eligible = poorBoarder().decide(CATALOGUE, TODAY, RURAL, T1).student();

        StudentEligibility.Decided decided = eligible.enrolled(3, "1504250001", "150425", Stage.PRIMARY, 3, true)
                .decide(CATALOGUE, TODAY, RURAL, T2);

        EligibilityDecided event = (EligibilityDecided) decided.events().get(0);
        assertThat(event.countyCode()).isEqualTo("150425");
        assertThat(event.schoolCode()).isEqualTo("1504250001");
        assertThat(event.changed()).isEmpty();
        assertThat(decided.withdrawals()).isEmpty();
        assertThat(decided.student().decisions().get("ALLOWANCE").decidedAt()).isEqualTo(T1);
    }

    @Test
    void aSchoolNotYetKnownLeavesLocalityOpenUntilItIs() {
        StudentEligibility.Decided unknownSchool = poorBoarder().decide(CATALOGUE, TODAY, SchoolFacts.UNKNOWN, T1);
        assertThat(unknownSchool.student().eligibleProgrammes()).containsExactly("ALLOWANCE");
        assertThat(unknownSchool.student().facts().enrolment().locality()).isNull();

        StudentEligibility.Decided known = unknownSchool.student().decide(CATALOGUE, TODAY, RURAL, T2);
        assertThat(known.student().eligibleProgrammes()).containsExactly("ALLOWANCE", "NUTRITION");
        assertThat(((EligibilityDecided) known.events().get(0)).changed()).containsExactly("NUTRITION");
    }

    @Test
    void aProgrammeNoLongerInForceIsRecordedAsLost() {
        StudentEligibility eligible = poorBoarder().decide(CATALOGUE, TODAY, RURAL, T1).student();

        StudentEligibility.Decided decided = eligible.decide(List.of(NUTRITION), TODAY, RURAL, T2);

        assertThat(decided.student().decisions().get("ALLOWANCE").eligible()).isFalse();
        assertThat(decided.withdrawals()).containsOnlyKeys("ALLOWANCE");
        // once recorded as lost, it is not carried any further, and that is no change to publish
        StudentEligibility.Decided later = decided.student().decide(List.of(NUTRITION), TODAY, RURAL, T2);
        assertThat(later.student().decisions()).containsOnlyKeys("NUTRITION");
        assertThat(later.events()).isEmpty();
        assertThat(later.withdrawals()).isEmpty();
    }

    @Test
    void onlyNewerEventsApply() {
        StudentEligibility student = poorBoarder();

        assertThat(student.appliedSequence()).isEqualTo(2);
        assertThat(student.isNewer(2)).isFalse();
        assertThat(student.isNewer(1)).isFalse();
        assertThat(student.isNewer(3)).isTrue();
    }

    @Test
    void promotionKeepsBoardingAndTheSchoolsFactsSuspensionKeepsTheEnrolment() {
        StudentEligibility eligible = poorBoarder().decide(CATALOGUE, TODAY, RURAL, T1).student();

        StudentEligibility promoted = eligible.promoted(3, "1504240001", "150424", Stage.JUNIOR_SECONDARY, 1);
        assertThat(promoted.facts().enrolment().boarding()).isTrue();
        assertThat(promoted.facts().enrolment().locality()).isEqualTo(Locality.RURAL);
        assertThat(promoted.decide(CATALOGUE, TODAY, RURAL, T2).student().eligibleProgrammes())
                .containsExactly("ALLOWANCE");

        StudentEligibility suspended = eligible.suspended(4);
        assertThat(suspended.facts().enrolment().status()).isEqualTo(StudentFacts.EnrolmentStatus.SUSPENDED);
        assertThat(suspended.facts().activelyEnrolled()).isFalse();
        assertThat(suspended.resumed(5).facts().activelyEnrolled()).isTrue();
    }
}
