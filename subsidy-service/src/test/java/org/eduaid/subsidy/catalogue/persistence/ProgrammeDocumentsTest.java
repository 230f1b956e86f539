package org.eduaid.subsidy.catalogue.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.eduaid.subsidy.catalogue.application.DefaultCatalogue;
import org.eduaid.subsidy.catalogue.domain.AidProgramme;
import org.eduaid.subsidy.catalogue.domain.AmountStandard;
import org.eduaid.subsidy.catalogue.domain.AmountUnit;
import org.eduaid.subsidy.catalogue.domain.EligibilityRule;
import org.eduaid.subsidy.catalogue.domain.FundingShares;
import org.eduaid.subsidy.catalogue.domain.HouseholdFlag;
import org.eduaid.subsidy.catalogue.domain.Locality;
import org.eduaid.subsidy.catalogue.domain.Programme;
import org.eduaid.subsidy.catalogue.domain.ProgrammeKind;
import org.eduaid.subsidy.catalogue.domain.Stage;
import org.junit.jupiter.api.Test;

/** A programme survives the trip to a document and back, every condition and standard included. */
class ProgrammeDocumentsTest {

    private static final Instant AT = Instant.parse("2026-06-01T02:00:00Z");

    @Test
    void everyProgrammeOfTheDefaultCatalogueReadsBackEqual() {
        for (Programme programme : DefaultCatalogue.programmes()) {
            assertThat(roundTrip(new AidProgramme(programme, AT))).isEqualTo(new AidProgramme(programme, AT));
        }
    }

    @Test
    void everyKindOfConditionAndAnEndedStandardReadBackEqual() {
        Programme full = new Programme("FULL", "全部条件", ProgrammeKind.STUDENT_LOAN, Set.of(Stage.HIGHER_EDUCATION),
                List.of(new EligibilityRule("ALL", "every condition", Set.of(HouseholdFlag.DIBAO, HouseholdFlag.TEKUN),
                        Set.of(HouseholdFlag.ORPHAN), 2, Set.of(Stage.HIGHER_EDUCATION), false, Set.of("UNIVERSITY"),
                        Set.of(Locality.URBAN), Set.of("54", "15"))),
                List.of(new AmountStandard(Stage.HIGHER_EDUCATION, Locality.URBAN, "5401", 1_234_56, AmountUnit.TERM,
                        LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31))),
                new FundingShares(33, 33, 34), LocalDate.of(2024, 9, 1), LocalDate.of(2030, 8, 31));

        assertThat(roundTrip(new AidProgramme(full, AT))).isEqualTo(new AidProgramme(full, AT));
    }

    private static AidProgramme roundTrip(AidProgramme programme) {
        Document stored = Document.parse(ProgrammeDocuments.toDocument(programme).toJson());
        stored.put("_id", programme.code());
        stored.put("changedAt", java.util.Date.from(programme.changedAt()));
        return ProgrammeDocuments.fromDocument(stored);
    }
}
