package org.eduaid.subsidy.eligibility.domain;

import java.time.LocalDate;
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

/** Two programmes for eligibility's own tests: a living allowance for poor boarders and rural nutrition. */
public final class StudentEligibilityTestCatalogue {

    private StudentEligibilityTestCatalogue() {
    }

    public static final Programme ALLOWANCE = new Programme("ALLOWANCE", "寄宿生生活补助", ProgrammeKind.LIVING_ALLOWANCE,
            Set.of(Stage.PRIMARY, Stage.JUNIOR_SECONDARY),
            List.of(new EligibilityRule("POOR-BOARDER", "poor boarder", Set.of(HouseholdFlag.REGISTERED_POOR,
                    HouseholdFlag.DIBAO), null, null, null, true, null, null, null)),
            List.of(new AmountStandard(null, null, "", 100_000, AmountUnit.YEAR, LocalDate.of(2011, 9, 1), null)),
            new FundingShares(50, 25, 25), null, null);
    public static final Programme NUTRITION = new Programme("NUTRITION", "营养改善", ProgrammeKind.NUTRITION,
            Set.of(Stage.PRIMARY), List.of(new EligibilityRule("RURAL", "rural school", null, null, null, null, null,
                    null, Set.of(Locality.RURAL), null)),
            List.of(), new FundingShares(100, 0, 0), null, null);
    public static final List<Programme> CATALOGUE = List.of(ALLOWANCE, NUTRITION);
}
