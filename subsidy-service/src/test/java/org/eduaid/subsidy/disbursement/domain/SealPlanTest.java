package org.eduaid.subsidy.disbursement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eduaid.subsidy.calendar.Term;
import org.eduaid.subsidy.catalogue.domain.Programme;
import org.eduaid.subsidy.catalogue.domain.StudentFacts;
import org.eduaid.subsidy.disbursement.AidMother;
import org.junit.jupiter.api.Test;

class SealPlanTest {

    private static final Term AUTUMN = Term.parse("2024-2025-1");
    private static final Term SPRING = Term.parse("2024-2025-2");
    private static final Programme GRANT = AidMother.yearlyGrant("GRANT");
    private static final String BATCH = "150424~GRANT~2024-2025-1";

    @Test
    void aYearlyStandardIsSplitOverTheTermsToTheFenAndByFundingShare() {
        SealPlan autumn = plan(AUTUMN, List.of(candidate("p-a", AidMother.enrolledIn("p-a", AidMother.LINXI))), Map.of());
        SealPlan spring = SealPlan.compute("150424~GRANT~2024-2025-2", AidMother.LINXI, GRANT, SPRING, 100,
                List.of(candidate("p-a", AidMother.enrolledIn("p-a", AidMother.LINXI))), Map.of());

        Amount autumnAmount = autumn.toWrite().get(0).facts().amount();
        assertThat(autumnAmount).isEqualTo(new Amount(50_001, 40_000, 5_000, 5_001));
        assertThat(spring.toWrite().get(0).facts().amount()).isEqualTo(new Amount(50_000, 40_000, 5_000, 5_000));
        assertThat(autumn.totalFen() + spring.totalFen()).isEqualTo(AidMother.YEARLY_FEN);
        assertThat(autumn.toWrite().get(0).facts().paymentId()).isEqualTo("p-a~GRANT~2024-2025-1");
        assertThat(autumn.toWrite().get(0).facts().flags()).containsExactly("REGISTERED_POOR");
    }

    @Test
    void aPerSchoolDayStandardIsMultipliedByTheTermsSchoolDays() {
        Programme nutrition = AidMother.nutrition("NUTRITION");
        SealPlan plan = SealPlan.compute("150424~NUTRITION~2024-2025-1", AidMother.LINXI, nutrition, AUTUMN, 97,
                List.of(candidate("p-a", AidMother.enrolledIn("p-a", AidMother.LINXI))), Map.of());

        assertThat(plan.totalFen()).isEqualTo(500L * 97);
    }

    @Test
    void everyApprovedStudentIsPaidOrHeldWithTheReason() {
        StudentFacts moved = AidMother.enrolledIn("p-moved", AidMother.KESHIKETENG);
        SealPlan.Candidate lostEligibility = new SealPlan.Candidate("p-lost", true,
                AidMother.enrolledIn("p-lost", AidMother.LINXI), "李*", Set.of("OTHER"));
        SealPlan.Candidate schoolApplied = new SealPlan.Candidate("p-school", false,
                AidMother.enrolledIn("p-school", AidMother.LINXI), "赵*", Set.of());
        SealPlan plan = plan(AUTUMN, List.of(
                candidate("p-paid", AidMother.enrolledIn("p-paid", AidMother.LINXI)),
                candidate("p-left", AidMother.withdrawn("p-left", AidMother.LINXI)),
                new SealPlan.Candidate("p-unknown", true, null, null, null),
                candidate("p-moved", moved),
                lostEligibility,
                schoolApplied,
                candidate("p-elsewhere", AidMother.enrolledIn("p-elsewhere", AidMother.LINXI)),
                candidate("p-ours", AidMother.enrolledIn("p-ours", AidMother.LINXI)),
                candidate("p-paid", AidMother.enrolledIn("p-paid", AidMother.LINXI))),
                Map.of("p-elsewhere~GRANT~2024-2025-1", new SealPlan.ExistingPayment("150425~GRANT~2024-2025-1", 50_001),
                        "p-ours~GRANT~2024-2025-1", new SealPlan.ExistingPayment(BATCH, 49_000)));

        assertThat(plan.toWrite()).extracting(p -> p.facts().studentId()).containsExactly("p-paid", "p-school");
        assertThat(plan.written()).containsExactly(Map.entry("p-ours~GRANT~2024-2025-1", 49_000L));
        assertThat(plan.holds()).extracting(SealPlan.PlannedHold::studentId, SealPlan.PlannedHold::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("p-left", HoldReason.NOT_ENROLLED),
                org.assertj.core.groups.Tuple.tuple("p-unknown", HoldReason.NOT_ENROLLED),
                org.assertj.core.groups.Tuple.tuple("p-moved", HoldReason.MOVED),
                org.assertj.core.groups.Tuple.tuple("p-lost", HoldReason.NO_LONGER_ELIGIBLE),
                org.assertj.core.groups.Tuple.tuple("p-elsewhere", HoldReason.ALREADY_PAID));
        assertThat(plan.payments()).isEqualTo(3);
        assertThat(plan.totalFen()).isEqualTo(50_001L * 2 + 49_000);
    }

    @Test
    void aStudentNoStandardCoversIsHeld() {
        Programme nutrition = AidMother.nutrition("NUTRITION");
        StudentFacts urban = new StudentFacts("p-u", AidMother.LINXI, Set.of(), null,
                new StudentFacts.Enrolment("1504240001", AidMother.LINXI,
                        org.eduaid.subsidy.catalogue.domain.Stage.PRIMARY, 2, false, "PRIMARY",
                        org.eduaid.subsidy.catalogue.domain.Locality.URBAN, StudentFacts.EnrolmentStatus.ACTIVE));
        SealPlan plan = SealPlan.compute("150424~NUTRITION~2024-2025-1", AidMother.LINXI, nutrition, AUTUMN, 100,
                List.of(candidate("p-u", urban)), Map.of());

        assertThat(plan.holds()).singleElement().extracting(SealPlan.PlannedHold::reason).isEqualTo(HoldReason.NO_STANDARD);
        assertThat(plan.totalFen()).isZero();
    }

    private static SealPlan plan(Term term, List<SealPlan.Candidate> candidates, Map<String, SealPlan.ExistingPayment> existing) {
        return SealPlan.compute(BATCH, AidMother.LINXI, GRANT, term, 100, candidates, existing);
    }

    private static SealPlan.Candidate candidate(String studentId, StudentFacts facts) {
        return new SealPlan.Candidate(studentId, true, facts, "王*", Set.of("GRANT", "NUTRITION"));
    }
}
