package org.eduaid.subsidy.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eduaid.subsidy.catalogue.StudentFactsMother.LHASA_CHENGGUAN;
import static org.eduaid.subsidy.catalogue.StudentFactsMother.LINXI;
import static org.eduaid.subsidy.catalogue.StudentFactsMother.aStudent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eduaid.subsidy.catalogue.application.DefaultCatalogue;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every programme of the default catalogue against every combination of household flags (all 128
 * subsets of the seven), stage, boarding, school locality and province, compared with the policy
 * written out independently here: which students qualify, and by which rule.
 */
class DefaultCatalogueRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 15);
    private static final Set<HouseholdFlag> IN_DIFFICULTY = EnumSet.of(HouseholdFlag.REGISTERED_POOR,
            HouseholdFlag.DIBAO, HouseholdFlag.TEKUN, HouseholdFlag.ORPHAN, HouseholdFlag.DISABILITY);
    private static final Set<Stage> COMPULSORY = EnumSet.of(Stage.PRIMARY, Stage.JUNIOR_SECONDARY);
    private static final Set<Stage> FIFTEEN_YEARS = EnumSet.complementOf(EnumSet.of(Stage.HIGHER_EDUCATION));
    private static final Map<String, Programme> CATALOGUE = DefaultCatalogue.programmes().stream()
            .collect(Collectors.toMap(Programme::code, Function.identity()));

    /** The rule that should make a student eligible, or null: the policy as the seeds state it. */
    private static final Map<String, Function<Case, String>> POLICY = Map.of(
            DefaultCatalogue.TIBET_FREE_EDUCATION,
            c -> FIFTEEN_YEARS.contains(c.stage()) && c.tibet() ? "AT_SCHOOL_IN_TIBET" : null,
            DefaultCatalogue.TIBET_THREE_GUARANTEES,
            c -> FIFTEEN_YEARS.contains(c.stage()) && c.tibet() && c.boarding() ? "BOARDER_IN_TIBET" : null,
            DefaultCatalogue.BOARDING_LIVING_ALLOWANCE,
            c -> COMPULSORY.contains(c.stage()) && c.boarding() && c.inDifficulty() ? "BOARDER_IN_DIFFICULTY" : null,
            DefaultCatalogue.NUTRITION_IMPROVEMENT,
            c -> COMPULSORY.contains(c.stage()) && c.locality() == Locality.RURAL ? "AT_RURAL_SCHOOL" : null,
            DefaultCatalogue.SENIOR_NATIONAL_GRANT,
            c -> c.stage() == Stage.SENIOR_SECONDARY && c.inDifficulty() ? "FAMILY_IN_DIFFICULTY" : null,
            DefaultCatalogue.VOCATIONAL_NATIONAL_GRANT,
            c -> c.stage() == Stage.SECONDARY_VOCATIONAL && c.inDifficulty() ? "FAMILY_IN_DIFFICULTY" : null,
            DefaultCatalogue.VOCATIONAL_FEE_EXEMPTION,
            c -> c.stage() != Stage.SECONDARY_VOCATIONAL ? null
                    : c.inDifficulty() ? "FAMILY_IN_DIFFICULTY"
                    : c.locality() == Locality.RURAL ? "AT_RURAL_SCHOOL" : null,
            DefaultCatalogue.UNIVERSITY_NATIONAL_GRANT,
            c -> c.stage() == Stage.HIGHER_EDUCATION && c.inDifficulty() ? "FAMILY_IN_DIFFICULTY" : null,
            DefaultCatalogue.UNIVERSITY_REGISTERED_POOR_GRANT,
            c -> c.stage() == Stage.HIGHER_EDUCATION && c.flags().contains(HouseholdFlag.REGISTERED_POOR)
                    ? "REGISTERED_POOR" : null,
            DefaultCatalogue.STUDENT_ORIGIN_LOAN,
            c -> c.stage() == Stage.HIGHER_EDUCATION && c.inDifficulty() ? "FAMILY_IN_DIFFICULTY" : null);

    @Test
    void thePolicyCoversEveryProgrammeOfTheCatalogue() {
        assertThat(POLICY.keySet()).isEqualTo(CATALOGUE.keySet()).hasSize(10);
    }

    @TestFactory
    Stream<DynamicTest> everyFlagCombinationIsDecidedAsThePolicySays() {
        List<Case> cases = allCases();
        return CATALOGUE.values().stream().sorted(java.util.Comparator.comparing(Programme::code))
                .map(programme -> DynamicTest.dynamicTest(programme.code() + " over " + cases.size() + " students", () -> {
                    List<String> wrong = new ArrayList<>();
                    int eligible = 0;
                    for (Case c : cases) {
                        ProgrammeDecision decision = programme.decide(c.facts(), TODAY);
                        String expected = POLICY.get(programme.code()).apply(c);
                        if (decision.eligible() != (expected != null) || !java.util.Objects.equals(decision.ruleCode(), expected)) {
                            wrong.add(c + " → " + decision.ruleCode() + ", expected " + expected);
                        }
                        eligible += decision.eligible() ? 1 : 0;
                        assertThat(decision.rules()).hasSameSizeAs(programme.rules());
                    }
                    assertThat(wrong).as("students decided against the policy").isEmpty();
                    assertThat(eligible).as("someone qualifies").isPositive();
                }));
    }

    @Test
    void everyoneInDifficultyMeansAnyOneOfTheFiveFlagsAndLeftBehindOrRelocatedAloneIsNotEnough() {
        Programme grant = CATALOGUE.get(DefaultCatalogue.SENIOR_NATIONAL_GRANT);
        for (HouseholdFlag flag : HouseholdFlag.values()) {
            ProgrammeDecision decision = grant.decide(aStudent().in(Stage.SENIOR_SECONDARY).withFlags(flag).build(), TODAY);
            assertThat(decision.eligible()).as(flag.name()).isEqualTo(IN_DIFFICULTY.contains(flag));
        }
        assertThat(grant.decide(aStudent().in(Stage.SENIOR_SECONDARY)
                .withFlags(HouseholdFlag.LEFT_BEHIND, HouseholdFlag.RELOCATED).build(), TODAY).eligible()).isFalse();
    }

    @Test
    void aDecisionExplainsEveryConditionWithWhatWasRequiredAndWhatTheStudentHas() {
        Programme allowance = CATALOGUE.get(DefaultCatalogue.BOARDING_LIVING_ALLOWANCE);

        ProgrammeDecision dayPupil = allowance.decide(aStudent().in(Stage.JUNIOR_SECONDARY)
                .withFlags(HouseholdFlag.DIBAO, HouseholdFlag.LEFT_BEHIND).build(), TODAY);

        assertThat(dayPupil.eligible()).isFalse();
        assertThat(dayPupil.ruleCode()).isNull();
        EligibilityRule.RuleOutcome rule = dayPupil.rules().get(0);
        assertThat(rule.ruleCode()).isEqualTo("BOARDER_IN_DIFFICULTY");
        assertThat(rule.conditions()).containsExactly(
                new EligibilityRule.ConditionOutcome("enrolled", "at a school", LINXI + "0001", true),
                new EligibilityRule.ConditionOutcome("anyOfFlags", "one of [DIBAO, DISABILITY, ORPHAN, REGISTERED_POOR, TEKUN]",
                        "[DIBAO, LEFT_BEHIND]", true),
                new EligibilityRule.ConditionOutcome("boarding", "boarding", "not boarding", false));
    }

    @Test
    void aStudentNotAtASchoolQualifiesForNothingAndIsToldWhy() {
        StudentFacts outOfSchool = aStudent().withFlags(IN_DIFFICULTY).inCounty(LHASA_CHENGGUAN).notAtSchool().build();

        for (Programme programme : CATALOGUE.values()) {
            ProgrammeDecision decision = programme.decide(outOfSchool, TODAY);
            assertThat(decision.eligible()).as(programme.code()).isFalse();
            assertThat(decision.rules()).allSatisfy(rule -> assertThat(rule.conditions().get(0))
                    .isEqualTo(new EligibilityRule.ConditionOutcome("enrolled", "at a school", "not at a school", false)));
        }
    }

    @Test
    void aSuspendedStudentStaysEligibleSincePaymentsNotEligibilityHoldOnEnrolment() {
        ProgrammeDecision decision = CATALOGUE.get(DefaultCatalogue.NUTRITION_IMPROVEMENT)
                .decide(aStudent().suspended().build(), TODAY);

        assertThat(decision.eligible()).isTrue();
        assertThat(aStudent().suspended().build().activelyEnrolled()).isFalse();
    }

    @Test
    void aSchoolNotYetKnownHasNoLocalitySoLocalityRulesAreNotMet() {
        StudentFacts unknownSchool = aStudent().at(null).build();

        ProgrammeDecision nutrition = CATALOGUE.get(DefaultCatalogue.NUTRITION_IMPROVEMENT).decide(unknownSchool, TODAY);

        assertThat(nutrition.eligible()).isFalse();
        assertThat(nutrition.rules().get(0).conditions().get(1))
                .isEqualTo(new EligibilityRule.ConditionOutcome("localities", "one of [RURAL]", "null", false));
    }

    @Test
    void whenTwoRulesAreMetTheFirstIsTheOneRecorded() {
        ProgrammeDecision both = CATALOGUE.get(DefaultCatalogue.VOCATIONAL_FEE_EXEMPTION).decide(aStudent()
                .in(Stage.SECONDARY_VOCATIONAL).at(Locality.RURAL).withFlags(HouseholdFlag.ORPHAN).build(), TODAY);

        assertThat(both.ruleCode()).isEqualTo("FAMILY_IN_DIFFICULTY");
        assertThat(both.rules()).extracting(EligibilityRule.RuleOutcome::met).containsExactly(true, true);
    }

    private static List<Case> allCases() {
        List<Case> cases = new ArrayList<>();
        HouseholdFlag[] flags = HouseholdFlag.values();
        for (int mask = 0; mask < 1 << flags.length; mask++) {
            Set<HouseholdFlag> set = EnumSet.noneOf(HouseholdFlag.class);
            for (int i = 0; i < flags.length; i++) {
                if ((mask & 1 << i) != 0) {
                    set.add(flags[i]);
                }
            }
            for (Stage stage : Stage.values()) {
                for (boolean boarding : new boolean[] { false, true }) {
                    for (Locality locality : Locality.values()) {
                        for (boolean tibet : new boolean[] { false, true }) {
                            cases.add(new Case(Set.copyOf(set), stage, boarding, locality, tibet));
                        }
                    }
                }
            }
        }
        return cases;
    }

    private record Case(Set<HouseholdFlag> flags, Stage stage, boolean boarding, Locality locality, boolean tibet) {

        boolean inDifficulty() {
            return flags.stream().anyMatch(IN_DIFFICULTY::contains);
        }

        StudentFacts facts() {
            return aStudent().withFlags(flags).in(stage).boarding(boarding).at(locality)
                    .inCounty(tibet ? LHASA_CHENGGUAN : LINXI).build();
        }

        @Override
        public String toString() {
            return flags.stream().map(Enum::name).sorted().toList() + " " + stage + (boarding ? " boarding" : "")
                    + " " + locality + (tibet ? " Tibet" : " Inner Mongolia");
        }
    }
}
