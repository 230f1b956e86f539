package org.eduaid.subsidy.catalogue.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eduaid.subsidy.catalogue.application.CatalogueQueries;
import org.eduaid.subsidy.catalogue.application.ProgrammeChange;
import org.eduaid.subsidy.catalogue.application.VersionedProgramme;
import org.eduaid.subsidy.catalogue.domain.AmountStandard;
import org.eduaid.subsidy.catalogue.domain.EligibilityRule;
import org.eduaid.subsidy.catalogue.domain.Programme;

/** What the catalogue's endpoints answer: enums by name, sets sorted, amounts in fen. */
final class CatalogueResponses {

    private CatalogueResponses() {
    }

    /**
     * A programme as it stands, with the version a change must name; after a change also the id of
     * the re-evaluation it started ({@code GET /api/subsidies/eligibility/reevaluations/{id}}).
     */
    record ProgrammeView(String code, String name, String kind, List<String> stages, List<RuleView> rules,
            List<StandardView> standards, SharesView shares, LocalDate validFrom, LocalDate validTo, long version,
            Instant changedAt, String reevaluationId) {

        static ProgrammeView of(VersionedProgramme versioned) {
            return of(versioned, null);
        }

        static ProgrammeView of(ProgrammeChange change) {
            return of(change.programme(), change.reevaluationId());
        }

        private static ProgrammeView of(VersionedProgramme versioned, String reevaluationId) {
            Programme p = versioned.aidProgramme().programme();
            return new ProgrammeView(p.code(), p.name(), p.kind().name(), sorted(p.stages()),
                    p.rules().stream().map(RuleView::of).toList(),
                    p.standards().stream().map(StandardView::of).toList(),
                    new SharesView(p.shares().centralPercent(), p.shares().provincialPercent(), p.shares().countyPercent()),
                    p.validFrom(), p.validTo(), versioned.version(), versioned.aidProgramme().changedAt(), reevaluationId);
        }
    }

    record RuleView(String code, String description, List<String> anyOfFlags, List<String> allOfFlags,
            Integer maxDisabilityGrade, List<String> stages, Boolean boarding, List<String> schoolKinds,
            List<String> localities, List<String> regionPrefixes) {

        static RuleView of(EligibilityRule r) {
            return new RuleView(r.code(), r.description(), sorted(r.anyOfFlags()), sorted(r.allOfFlags()),
                    r.maxDisabilityGrade(), sorted(r.stages()), r.boarding(), sorted(r.schoolKinds()),
                    sorted(r.localities()), sorted(r.regionPrefixes()));
        }
    }

    record StandardView(String stage, String locality, String regionPrefix, long amountFen, String unit,
            LocalDate validFrom, LocalDate validTo) {

        static StandardView of(AmountStandard s) {
            return new StandardView(s.stage() == null ? null : s.stage().name(),
                    s.locality() == null ? null : s.locality().name(), s.regionPrefix(), s.amountFen(), s.unit().name(),
                    s.validFrom(), s.validTo());
        }
    }

    record SharesView(int centralPercent, int provincialPercent, int countyPercent) {
    }

    /** {@code GET /rules}: one row per rule, with the programme it opens. */
    record RuleRow(String programmeCode, String programmeName, String programmeKind, List<String> programmeStages,
            LocalDate programmeValidFrom, LocalDate programmeValidTo, RuleView rule) {

        static RuleRow of(CatalogueQueries.ProgrammeRule row) {
            Programme p = row.programme();
            return new RuleRow(p.code(), p.name(), p.kind().name(), sorted(p.stages()), p.validFrom(), p.validTo(),
                    RuleView.of(row.rule()));
        }
    }

    private static List<String> sorted(Set<?> values) {
        return values.stream().map(String::valueOf).sorted().toList();
    }
}
