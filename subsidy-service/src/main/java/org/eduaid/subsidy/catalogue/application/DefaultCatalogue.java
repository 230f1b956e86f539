package org.eduaid.subsidy.catalogue.application;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eduaid.subsidy.catalogue.domain.AmountStandard;
import org.eduaid.subsidy.catalogue.domain.AmountUnit;
import org.eduaid.subsidy.catalogue.domain.EligibilityRule;
import org.eduaid.subsidy.catalogue.domain.FundingShares;
import org.eduaid.subsidy.catalogue.domain.HouseholdFlag;
import org.eduaid.subsidy.catalogue.domain.Locality;
import org.eduaid.subsidy.catalogue.domain.Programme;
import org.eduaid.subsidy.catalogue.domain.ProgrammeKind;
import org.eduaid.subsidy.catalogue.domain.Stage;

/**
 * The catalogue the service ships with, from the figures of the domain brief (the seeds). It is
 * inserted at startup where a programme of that code is absent and never overwrites one: officers
 * edit it through the API from then on.
 *
 * <p>The seeds quote the amounts without a start date; every standard here applies from the
 * 2018-2019 school year (the year of Linxi county's figures), so later changes are new standards
 * from their own dates. Funding shares are not in the seeds: they are plausible splits, said so below.
 */
public final class DefaultCatalogue {

    /** 1 September 2018, the first day of the school year of the seeds' figures. */
    public static final LocalDate FROM = LocalDate.of(2018, 9, 1);
    /** Tibet Autonomous Region (西藏自治区): region codes start with 54. */
    public static final String TIBET = "54";

    public static final String TIBET_FREE_EDUCATION = "TIBET_FREE_EDUCATION";
    public static final String TIBET_THREE_GUARANTEES = "TIBET_THREE_GUARANTEES";
    public static final String BOARDING_LIVING_ALLOWANCE = "BOARDING_LIVING_ALLOWANCE";
    public static final String NUTRITION_IMPROVEMENT = "NUTRITION_IMPROVEMENT";
    public static final String SENIOR_NATIONAL_GRANT = "SENIOR_NATIONAL_GRANT";
    public static final String VOCATIONAL_NATIONAL_GRANT = "VOCATIONAL_NATIONAL_GRANT";
    public static final String VOCATIONAL_FEE_EXEMPTION = "VOCATIONAL_FEE_EXEMPTION";
    public static final String UNIVERSITY_NATIONAL_GRANT = "UNIVERSITY_NATIONAL_GRANT";
    public static final String UNIVERSITY_REGISTERED_POOR_GRANT = "UNIVERSITY_REGISTERED_POOR_GRANT";
    public static final String STUDENT_ORIGIN_LOAN = "STUDENT_ORIGIN_LOAN";

    /** 建档立卡, 低保, 特困, orphans and children with a disability: "families in economic difficulty". */
    public static final Set<HouseholdFlag> IN_DIFFICULTY = EnumSet.of(HouseholdFlag.REGISTERED_POOR,
            HouseholdFlag.DIBAO, HouseholdFlag.TEKUN, HouseholdFlag.ORPHAN, HouseholdFlag.DISABILITY);

    private static final Set<Stage> COMPULSORY = EnumSet.of(Stage.PRIMARY, Stage.JUNIOR_SECONDARY);
    private static final Set<Stage> FIFTEEN_YEARS = EnumSet.of(Stage.PRESCHOOL, Stage.PRIMARY, Stage.JUNIOR_SECONDARY,
            Stage.SENIOR_SECONDARY, Stage.SECONDARY_VOCATIONAL);

    private DefaultCatalogue() {
    }

    public static List<Programme> programmes() {
        return List.of(tibetFreeEducation(), tibetThreeGuarantees(), boardingLivingAllowance(), nutritionImprovement(),
                seniorNationalGrant(), vocationalNationalGrant(), vocationalFeeExemption(), universityNationalGrant(),
                universityRegisteredPoorGrant(), studentOriginLoan());
    }

    /**
     * Tibet's 15-year free education (十五年免费教育), per student per year (seeds): preschool rural 380 /
     * urban 3,600 yuan; primary 260; junior 380; senior ordinary 1,240 (key schools 1,840 — no school
     * attribute marks a "key" school yet, so every senior student gets the ordinary figure); secondary
     * vocational 3,300. Every child at a school in Tibet. Shares: central 90 / region 10 / county 0,
     * assumed (Tibet's education is funded almost wholly from above).
     */
    static Programme tibetFreeEducation() {
        return new Programme(TIBET_FREE_EDUCATION, "西藏十五年免费教育", ProgrammeKind.FEE_EXEMPTION, FIFTEEN_YEARS,
                List.of(rule("AT_SCHOOL_IN_TIBET", "every child at a school in Tibet", null, null, null, null, null,
                        Set.of(TIBET))),
                List.of(yearly(Stage.PRESCHOOL, Locality.RURAL, TIBET, 380),
                        yearly(Stage.PRESCHOOL, Locality.URBAN, TIBET, 3_600),
                        yearly(Stage.PRIMARY, null, TIBET, 260),
                        yearly(Stage.JUNIOR_SECONDARY, null, TIBET, 380),
                        yearly(Stage.SENIOR_SECONDARY, null, TIBET, 1_240),
                        yearly(Stage.SECONDARY_VOCATIONAL, null, TIBET, 3_300)),
                new FundingShares(90, 10, 0), null, null);
    }

    /**
     * Tibet's "three guarantees" (三包: food, lodging, study costs), 3,720 yuan a year (seeds). It is
     * for boarders of farming and herding families; the facts hold no occupation, so boarding at a
     * school in Tibet stands for it. Shares: central 90 / region 10 / county 0, assumed.
     */
    static Programme tibetThreeGuarantees() {
        return new Programme(TIBET_THREE_GUARANTEES, "西藏“三包”", ProgrammeKind.THREE_GUARANTEES, FIFTEEN_YEARS,
                List.of(rule("BOARDER_IN_TIBET", "boarding at a school in Tibet", null, null, null, true, null,
                        Set.of(TIBET))),
                List.of(yearly(null, null, TIBET, 3_720)),
                new FundingShares(90, 10, 0), null, null);
    }

    /**
     * Living allowance for boarders of families in difficulty in compulsory education (家庭经济困难寄宿生
     * 生活补助), nationally 1,000 yuan a year in primary and 1,250 in junior secondary (national
     * standard; the seeds name the programme). Shares: central 50 / province 30 / county 20, assumed
     * (the centre pays half in the central and western provinces).
     */
    static Programme boardingLivingAllowance() {
        return new Programme(BOARDING_LIVING_ALLOWANCE, "家庭经济困难寄宿生生活补助", ProgrammeKind.LIVING_ALLOWANCE,
                COMPULSORY,
                List.of(rule("BOARDER_IN_DIFFICULTY", "a boarder of a family in economic difficulty", IN_DIFFICULTY,
                        null, null, true, null, null)),
                List.of(yearly(Stage.PRIMARY, null, "", 1_000), yearly(Stage.JUNIOR_SECONDARY, null, "", 1_250)),
                new FundingShares(50, 30, 20), null, null);
    }

    /**
     * Nutrition improvement for rural compulsory education (农村义务教育学生营养改善计划): 5 yuan per
     * student per school day at rural schools, paid by school days (national standard; the seeds name
     * the programme "per school, per student, per school day"). Shares: central 100, as in the
     * national pilot counties.
     */
    static Programme nutritionImprovement() {
        return new Programme(NUTRITION_IMPROVEMENT, "农村义务教育学生营养改善计划", ProgrammeKind.NUTRITION, COMPULSORY,
                List.of(rule("AT_RURAL_SCHOOL", "every child at a rural school", null, null, null, null,
                        Set.of(Locality.RURAL), null)),
                List.of(new AmountStandard(null, null, "", 5 * 100L, AmountUnit.SCHOOL_DAY, FROM, null)),
                new FundingShares(100, 0, 0), null, null);
    }

    /**
     * National grant for senior secondary students (普通高中国家助学金), 2,000 yuan a year on average.
     * Shares: central 80 / province 10 / county 10, assumed for a western province.
     */
    static Programme seniorNationalGrant() {
        return new Programme(SENIOR_NATIONAL_GRANT, "普通高中国家助学金", ProgrammeKind.GRANT, Set.of(Stage.SENIOR_SECONDARY),
                List.of(inDifficulty()),
                List.of(yearly(null, null, "", 2_000)),
                new FundingShares(80, 10, 10), null, null);
    }

    /**
     * National grant for secondary vocational students (中等职业教育国家助学金), 2,000 yuan a year.
     * Shares: central 80 / province 10 / county 10, assumed.
     */
    static Programme vocationalNationalGrant() {
        return new Programme(VOCATIONAL_NATIONAL_GRANT, "中等职业教育国家助学金", ProgrammeKind.GRANT,
                Set.of(Stage.SECONDARY_VOCATIONAL),
                List.of(inDifficulty()),
                List.of(yearly(null, null, "", 2_000)),
                new FundingShares(80, 10, 10), null, null);
    }

    /**
     * Fee exemption in secondary vocational education (中等职业教育免学费), the school's fee refunded at
     * the national reference of 2,000 yuan a year; for families in difficulty and for every student
     * at a rural school. Shares: central 80 / province 10 / county 10, assumed.
     */
    static Programme vocationalFeeExemption() {
        return new Programme(VOCATIONAL_FEE_EXEMPTION, "中等职业教育免学费", ProgrammeKind.FEE_EXEMPTION,
                Set.of(Stage.SECONDARY_VOCATIONAL),
                List.of(inDifficulty(), rule("AT_RURAL_SCHOOL", "every student at a rural school", null, null, null,
                        null, Set.of(Locality.RURAL), null)),
                List.of(yearly(null, null, "", 2_000)),
                new FundingShares(80, 10, 10), null, null);
    }

    /**
     * National grant for university students (高校国家助学金), 3,300 yuan a year, the average tier.
     * Shares: central 80 / province 20 / county 0, assumed (universities are not the county's).
     */
    static Programme universityNationalGrant() {
        return new Programme(UNIVERSITY_NATIONAL_GRANT, "高校国家助学金", ProgrammeKind.GRANT,
                Set.of(Stage.HIGHER_EDUCATION),
                List.of(inDifficulty()),
                List.of(yearly(null, null, "", 3_300)),
                new FundingShares(80, 20, 0), null, null);
    }

    /**
     * Grant for university students of registered-poor families (建档立卡贫困家庭大学生资助). The seeds
     * name it without an amount: 5,000 yuan a year is assumed. Shares: province 50 / county 50, assumed
     * (a local programme).
     */
    static Programme universityRegisteredPoorGrant() {
        return new Programme(UNIVERSITY_REGISTERED_POOR_GRANT, "建档立卡贫困家庭大学生资助", ProgrammeKind.GRANT,
                Set.of(Stage.HIGHER_EDUCATION),
                List.of(rule("REGISTERED_POOR", "a registered-poor (建档立卡) family", null,
                        EnumSet.of(HouseholdFlag.REGISTERED_POOR), null, null, null, null)),
                List.of(yearly(null, null, "", 5_000)),
                new FundingShares(0, 50, 50), null, null);
    }

    /**
     * Student-origin credit loan (生源地信用助学贷款): a contract the student repays, not a grant; up to
     * 12,000 yuan a year for an undergraduate (the standard is that ceiling). Shares say who bears the
     * interest while studying and the risk compensation: central 100, assumed.
     */
    static Programme studentOriginLoan() {
        return new Programme(STUDENT_ORIGIN_LOAN, "生源地信用助学贷款", ProgrammeKind.STUDENT_LOAN,
                Set.of(Stage.HIGHER_EDUCATION),
                List.of(inDifficulty()),
                List.of(yearly(null, null, "", 12_000)),
                new FundingShares(100, 0, 0), null, null);
    }

    private static EligibilityRule inDifficulty() {
        return rule("FAMILY_IN_DIFFICULTY", "a family in economic difficulty (建档立卡, 低保, 特困, orphan or disability)",
                IN_DIFFICULTY, null, null, null, null, null);
    }

    private static EligibilityRule rule(String code, String description, Set<HouseholdFlag> anyOf,
            Set<HouseholdFlag> allOf, Set<Stage> stages, Boolean boarding, Set<Locality> localities,
            Set<String> regionPrefixes) {
        return new EligibilityRule(code, description, anyOf, allOf, null, stages, boarding, null, localities,
                regionPrefixes);
    }

    private static AmountStandard yearly(Stage stage, Locality locality, String regionPrefix, long yuan) {
        return new AmountStandard(stage, locality, regionPrefix, yuan * 100, AmountUnit.YEAR, FROM, null);
    }
}
