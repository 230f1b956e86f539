package org.eduaid.subsidy.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eduaid.subsidy.catalogue.StudentFactsMother.LHASA_CHENGGUAN;
import static org.eduaid.subsidy.catalogue.StudentFactsMother.LINXI;
import static org.eduaid.subsidy.catalogue.StudentFactsMother.aStudent;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Each kind of condition a rule may set, met and not met, with what the explanation says. */
class EligibilityRuleTest {

    @Test
    void allOfFlagsNeedsEveryOne() {
        EligibilityRule rule = rule().allOf(HouseholdFlag.ORPHAN, HouseholdFlag.DISABILITY).build();

        assertThat(rule.evaluate(aStudent().withFlags(HouseholdFlag.ORPHAN).build()).met()).isFalse();
        EligibilityRule.RuleOutcome both = rule.evaluate(aStudent().withFlags(HouseholdFlag.ORPHAN, HouseholdFlag.DISABILITY,
                HouseholdFlag.DIBAO).build());
        assertThat(both.met()).isTrue();
        assertThat(both.conditions().get(1)).isEqualTo(new EligibilityRule.ConditionOutcome("allOfFlags",
                "all of [DISABILITY, ORPHAN]", "[DIBAO, DISABILITY, ORPHAN]", true));
        assertThat(rule.evaluate(aStudent().build()).conditions().get(1).actual()).isEqualTo("no flags");
    }

    @Test
    void aDisabilityGradeCountsOnlyWithTheFlagAndOneIsTheMostSevere() {
        EligibilityRule rule = rule().maxDisabilityGrade(2).build();

        assertThat(rule.evaluate(aStudent().withDisability(1).build()).met()).isTrue();
        assertThat(rule.evaluate(aStudent().withDisability(2).build()).met()).isTrue();
        EligibilityRule.RuleOutcome milder = rule.evaluate(aStudent().withDisability(3).build());
        assertThat(milder.met()).isFalse();
        assertThat(milder.conditions().get(1)).isEqualTo(new EligibilityRule.ConditionOutcome("maxDisabilityGrade",
                "disability grade 2 or more severe", "grade 3", false));
        EligibilityRule.RuleOutcome gradeWithoutFlag = rule.evaluate(aStudent().withGradeOnly(1).build());
        assertThat(gradeWithoutFlag.met()).isFalse();
        assertThat(gradeWithoutFlag.conditions().get(1).actual()).isEqualTo("no certificate");
    }

    @Test
    void stagesSchoolKindsLocalitiesAndBoardingAreReadFromTheEnrolment() {
        EligibilityRule rule = rule().stages(Stage.JUNIOR_SECONDARY).schoolKinds("NINE_YEAR", "JUNIOR_SECONDARY")
                .localities(Locality.RURAL).boarding(false).build();

        assertThat(rule.evaluate(aStudent().in(Stage.JUNIOR_SECONDARY).atSchoolOfKind("NINE_YEAR").build()).met()).isTrue();
        EligibilityRule.RuleOutcome wrong = rule.evaluate(aStudent().in(Stage.PRIMARY).atSchoolOfKind("PRIMARY")
                .at(Locality.URBAN).boarding().build());
        assertThat(wrong.met()).isFalse();
        assertThat(wrong.conditions()).extracting(EligibilityRule.ConditionOutcome::condition, EligibilityRule.ConditionOutcome::met)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("enrolled", true),
                        org.assertj.core.groups.Tuple.tuple("stages", false),
                        org.assertj.core.groups.Tuple.tuple("boarding", false),
                        org.assertj.core.groups.Tuple.tuple("schoolKinds", false),
                        org.assertj.core.groups.Tuple.tuple("localities", false));
        assertThat(wrong.conditions().get(2)).isEqualTo(new EligibilityRule.ConditionOutcome("boarding", "not boarding",
                "boarding", false));
        assertThat(rule.evaluate(aStudent().in(Stage.JUNIOR_SECONDARY).atSchoolOfKind(null).build()).met()).isFalse();
    }

    @Test
    void regionPrefixesLookAtTheResponsibleCountyTheSchoolsWhileAtSchool() {
        EligibilityRule tibet = rule().regions("54").build();

        assertThat(tibet.evaluate(aStudent().inCounty(LHASA_CHENGGUAN).build()).met()).isTrue();
        assertThat(tibet.evaluate(aStudent().inCounty(LINXI).build()).met()).isFalse();
        StudentFacts tibetanAtSchoolInLinxi = new StudentFacts("p-1", LHASA_CHENGGUAN, Set.of(), null,
                aStudent().inCounty(LINXI).build().enrolment());
        assertThat(tibet.evaluate(tibetanAtSchoolInLinxi).met()).isFalse();
        assertThat(rule().regions("15", "54").build().evaluate(aStudent().inCounty(LINXI).build()).conditions().get(1))
                .isEqualTo(new EligibilityRule.ConditionOutcome("regionPrefixes", "in [15, 54]", LINXI, true));
    }

    @Test
    void aRuleWithoutConditionsTakesEveryoneAtASchool() {
        EligibilityRule everyone = rule().build();

        assertThat(everyone.evaluate(aStudent().build()).met()).isTrue();
        assertThat(everyone.evaluate(aStudent().notAtSchool().build()).met()).isFalse();
        assertThat(everyone.evaluate(aStudent().build()).conditions()).hasSize(1);
    }

    @Test
    void aRuleIsCheckedWhenMade() {
        assertThatThrownBy(() -> new EligibilityRule("has space", null, null, null, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rule code");
        assertThatThrownBy(() -> new EligibilityRule("R", null, null, null, 5, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("disability grade");
        assertThatThrownBy(() -> new EligibilityRule("R", null, null, null, 0, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new EligibilityRule("R", null, null, null, null, null, null, null, null, null).anyOfFlags()).isEmpty();
    }

    @Test
    void aProgrammeIsOnlyDecidedWhileInForceAndForTheStagesItCovers() {
        Programme programme = new Programme("WINDOWED", "限期项目", ProgrammeKind.GRANT, Set.of(Stage.PRIMARY),
                List.of(rule().build()), List.of(), new FundingShares(100, 0, 0), LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 8, 31));

        assertThat(programme.decide(aStudent().build(), LocalDate.of(2025, 8, 31)).eligible()).isFalse();
        assertThat(programme.decide(aStudent().build(), LocalDate.of(2025, 9, 1)).eligible()).isTrue();
        assertThat(programme.decide(aStudent().build(), LocalDate.of(2026, 8, 31)).eligible()).isTrue();
        ProgrammeDecision ended = programme.decide(aStudent().build(), LocalDate.of(2026, 9, 1));
        assertThat(ended.eligible()).isFalse();
        assertThat(ended.ruleCode()).isNull();
        assertThat(ended.rules()).extracting(EligibilityRule.RuleOutcome::met).containsExactly(true);
        assertThat(programme.decide(aStudent().in(Stage.JUNIOR_SECONDARY).build(), LocalDate.of(2026, 1, 1)).eligible())
                .isFalse();
    }

    @Test
    void aProgrammeWithoutRulesTakesNobody() {
        Programme noRules = new Programme("NO_RULES", "无规则", ProgrammeKind.STUDENT_LOAN, Set.of(Stage.PRIMARY), List.of(),
                List.of(), new FundingShares(100, 0, 0), null, null);

        assertThat(noRules.decide(aStudent().build(), LocalDate.of(2026, 1, 1)).eligible()).isFalse();
    }

    private static RuleBuilder rule() {
        return new RuleBuilder();
    }

    /** A rule with only the conditions a test names. */
    private static final class RuleBuilder {
        private Set<HouseholdFlag> allOf = Set.of();
        private Integer grade;
        private Set<Stage> stages = Set.of();
        private Boolean boarding;
        private Set<String> kinds = Set.of();
        private Set<Locality> localities = Set.of();
        private Set<String> regions = Set.of();

        RuleBuilder allOf(HouseholdFlag... flags) {
            allOf = Set.of(flags);
            return this;
        }

        RuleBuilder maxDisabilityGrade(int value) {
            grade = value;
            return this;
        }

        RuleBuilder stages(Stage... values) {
            stages = Set.of(values);
            return this;
        }

        RuleBuilder boarding(boolean value) {
            boarding = value;
            return this;
        }

        RuleBuilder schoolKinds(String... values) {
            kinds = Set.of(values);
            return this;
        }

        RuleBuilder localities(Locality... values) {
            localities = Set.of(values);
            return this;
        }

        RuleBuilder regions(String... values) {
            regions = Set.of(values);
            return this;
        }

        EligibilityRule build() {
            return new EligibilityRule("R1", "a test rule", null, allOf, grade, stages, boarding, kinds, localities, regions);
        }
    }
}
