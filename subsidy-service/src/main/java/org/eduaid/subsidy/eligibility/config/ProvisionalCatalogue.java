package org.eduaid.subsidy.eligibility.config;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eduaid.subsidy.catalogue.application.Catalogue;
import org.eduaid.subsidy.catalogue.domain.AmountStandard;
import org.eduaid.subsidy.catalogue.domain.AmountUnit;
import org.eduaid.subsidy.catalogue.domain.EligibilityRule;
import org.eduaid.subsidy.catalogue.domain.FundingShares;
import org.eduaid.subsidy.catalogue.domain.HouseholdFlag;
import org.eduaid.subsidy.catalogue.domain.Locality;
import org.eduaid.subsidy.catalogue.domain.Programme;
import org.eduaid.subsidy.catalogue.domain.ProgrammeKind;
import org.eduaid.subsidy.catalogue.domain.Stage;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * PROVISIONAL — deleted when the catalogue feature is merged: two programmes in code so eligibility
 * can be decided and tested before the real {@link Catalogue} exists. Figures from the domain brief:
 * the boarding living allowance for poor compulsory students (primary 1,000, junior 1,250 yuan a
 * year) and nutrition improvement (5 yuan per school day, rural compulsory schools).
 */
@Component
class ProvisionalCatalogue implements Catalogue {

    private static final LocalDate SINCE = LocalDate.of(2011, 9, 1);
    private static final Set<Stage> COMPULSORY = Set.of(Stage.PRIMARY, Stage.JUNIOR_SECONDARY);

    private static final List<Programme> PROGRAMMES = List.of(
            new Programme("BOARDING-LIVING-ALLOWANCE", "家庭经济困难寄宿生生活补助", ProgrammeKind.LIVING_ALLOWANCE,
                    COMPULSORY,
                    List.of(new EligibilityRule("POOR-BOARDER", "a boarder from a poor household", Set.of(
                            HouseholdFlag.REGISTERED_POOR, HouseholdFlag.DIBAO, HouseholdFlag.TEKUN,
                            HouseholdFlag.ORPHAN, HouseholdFlag.DISABILITY), null, null, null, true, null, null, null)),
                    List.of(new AmountStandard(Stage.PRIMARY, null, "", 100_000, AmountUnit.YEAR, SINCE, null),
                            new AmountStandard(Stage.JUNIOR_SECONDARY, null, "", 125_000, AmountUnit.YEAR, SINCE, null)),
                    new FundingShares(50, 25, 25), SINCE, null),
            new Programme("NUTRITION-IMPROVEMENT", "农村义务教育学生营养改善计划", ProgrammeKind.NUTRITION, COMPULSORY,
                    List.of(new EligibilityRule("RURAL-SCHOOL", "at a rural compulsory school", null, null, null, null,
                            null, null, Set.of(Locality.RURAL), null)),
                    List.of(new AmountStandard(null, null, "", 500, AmountUnit.SCHOOL_DAY, SINCE, null)),
                    new FundingShares(100, 0, 0), SINCE, null));

    @Override
    public Mono<List<Programme>> inForceOn(LocalDate date) {
        return Mono.just(PROGRAMMES.stream().filter(p -> p.inForceOn(date)).toList());
    }

    @Override
    public Mono<Programme> find(String programmeCode) {
        return Mono.justOrEmpty(PROGRAMMES.stream().filter(p -> p.code().equals(programmeCode)).findFirst());
    }
}
