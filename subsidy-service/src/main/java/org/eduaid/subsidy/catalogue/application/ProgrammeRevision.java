package org.eduaid.subsidy.catalogue.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eduaid.subsidy.catalogue.domain.EligibilityRule;
import org.eduaid.subsidy.catalogue.domain.FundingShares;
import org.eduaid.subsidy.catalogue.domain.ProgrammeKind;
import org.eduaid.subsidy.catalogue.domain.Stage;

/** Everything of a programme a replacement sets: all but its code and its standards. */
public record ProgrammeRevision(String name, ProgrammeKind kind, Set<Stage> stages, List<EligibilityRule> rules,
        FundingShares shares, LocalDate validFrom, LocalDate validTo) {
}
