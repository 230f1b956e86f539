package org.eduaid.subsidy.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eduaid.contracts.subsidy.AidProgrammeDefined;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.subsidy.catalogue.application.DefaultCatalogue;
import org.junit.jupiter.api.Test;

/** The catalogue's aggregate: each change raises the whole programme; standards change from a date, never backwards. */
class AidProgrammeTest {

    private static final Instant AT = Instant.parse("2026-06-01T02:00:00Z");
    private static final Instant LATER = Instant.parse("2026-07-01T02:00:00Z");
    private static final LocalDate FROM = LocalDate.of(2024, 9, 1);

    @Test
    void definingRaisesTheWholeProgramme() {
        ResultWithEvents<AidProgramme> defined = AidProgramme.define(tibetanGrant(), AT);

        assertThat(defined.events()).containsExactly(new AidProgrammeDefined("TIBET_TEST", "测试助学金", "GRANT",
                List.of("PRESCHOOL", "SENIOR_SECONDARY"),
                List.of(new AidProgrammeDefined.Standard(null, null, "", 2_000_00, "YEAR", "2024-09-01", null),
                        new AidProgrammeDefined.Standard("PRESCHOOL", "RURAL", "54", 380_00, "YEAR", "2024-09-01", null),
                        new AidProgrammeDefined.Standard("PRESCHOOL", "URBAN", "54", 3_600_00, "YEAR", "2024-09-01", null)),
                80, 10, 10, "2024-09-01", null, AT));
    }

    @Test
    void aRevisionReplacesEverythingButTheCodeAndTheStandards() {
        AidProgramme programme = AidProgramme.define(tibetanGrant(), AT).aggregate();
        EligibilityRule tekun = new EligibilityRule("TEKUN", null, Set.of(HouseholdFlag.TEKUN), null, null, null, null,
                null, null, null);

        ResultWithEvents<AidProgramme> revised = programme.revise("改名", ProgrammeKind.LIVING_ALLOWANCE,
                Set.of(Stage.PRESCHOOL), List.of(tekun), new FundingShares(50, 30, 20), null, LocalDate.of(2030, 8, 31),
                LATER);

        Programme now = revised.aggregate().programme();
        assertThat(now.code()).isEqualTo("TIBET_TEST");
        assertThat(now.name()).isEqualTo("改名");
        assertThat(now.kind()).isEqualTo(ProgrammeKind.LIVING_ALLOWANCE);
        assertThat(now.rules()).containsExactly(tekun);
        assertThat(now.standards()).isEqualTo(programme.programme().standards());
        assertThat(now.validFrom()).isNull();
        assertThat(revised.aggregate().changedAt()).isEqualTo(LATER);
        AidProgrammeDefined event = (AidProgrammeDefined) revised.events().get(0);
        assertThat(event.validTo()).isEqualTo("2030-08-31");
        assertThat(event.countyPercent()).isEqualTo(20);
        assertThat(event.definedAt()).isEqualTo(LATER);
    }

    @Test
    void aRevisionIsCheckedLikeANewProgramme() {
        AidProgramme programme = AidProgramme.define(tibetanGrant(), AT).aggregate();

        assertThatThrownBy(() -> programme.revise("名", ProgrammeKind.GRANT, Set.of(), List.of(),
                new FundingShares(100, 0, 0), null, null, LATER)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one stage");
    }

    @Test
    void aNewStandardClosesTheOneItReplacesOnTheDayBefore() {
        AidProgramme programme = AidProgramme.define(tibetanGrant(), AT).aggregate();
        AmountStandard raised = new AmountStandard(Stage.PRESCHOOL, Locality.RURAL, "54", 500_00, AmountUnit.YEAR,
                LocalDate.of(2027, 9, 1), null);

        ResultWithEvents<AidProgramme> changed = programme.addStandard(raised, LATER);

        assertThat(changed.aggregate().programme().standards()).containsExactly(
                new AmountStandard(null, null, "", 2_000_00, AmountUnit.YEAR, FROM, null),
                new AmountStandard(Stage.PRESCHOOL, Locality.RURAL, "54", 380_00, AmountUnit.YEAR, FROM,
                        LocalDate.of(2027, 8, 31)),
                raised,
                new AmountStandard(Stage.PRESCHOOL, Locality.URBAN, "54", 3_600_00, AmountUnit.YEAR, FROM, null));
        AidProgrammeDefined event = (AidProgrammeDefined) changed.events().get(0);
        assertThat(event.standards()).hasSize(4);
        assertThat(event.standards().get(1).validTo()).isEqualTo("2027-08-31");
    }

    @Test
    void aStandardForANewSlotClosesNothing() {
        AidProgramme programme = AidProgramme.define(tibetanGrant(), AT).aggregate();
        AmountStandard lhasa = new AmountStandard(null, null, "5401", 2_200_00, AmountUnit.TERM, LocalDate.of(2027, 2, 1),
                null);

        List<AmountStandard> standards = programme.addStandard(lhasa, LATER).aggregate().programme().standards();

        assertThat(standards).hasSize(4).contains(lhasa)
                .allSatisfy(s -> assertThat(s.validTo()).isNull());
    }

    @Test
    void aStandardCannotStartOnOrBeforeTheOneItWouldReplace() {
        AidProgramme programme = AidProgramme.define(tibetanGrant(), AT).aggregate();

        assertThatThrownBy(() -> programme.addStandard(new AmountStandard(null, null, "", 1, AmountUnit.YEAR, FROM, null),
                LATER)).isInstanceOf(CatalogueChangeException.class).hasMessageContaining("already starts on 2024-09-01");
        assertThatThrownBy(() -> programme.addStandard(new AmountStandard(null, null, "", 1, AmountUnit.YEAR,
                FROM.minusYears(1), null), LATER)).isInstanceOf(CatalogueChangeException.class);
    }

    @Test
    void aStandardForAStageTheProgrammeDoesNotCoverIsRefused() {
        AidProgramme programme = AidProgramme.define(tibetanGrant(), AT).aggregate();

        assertThatThrownBy(() -> programme.addStandard(new AmountStandard(Stage.PRIMARY, null, "", 1, AmountUnit.YEAR,
                LocalDate.of(2030, 9, 1), null), LATER)).isInstanceOf(CatalogueChangeException.class)
                .hasMessageContaining("does not cover the stage PRIMARY");
    }

    @Test
    void anEndedStandardStaysAsItWasAndTheNewOneFollowsIt() {
        AidProgramme programme = AidProgramme.define(new Programme("ENDED", "已结束", ProgrammeKind.GRANT,
                Set.of(Stage.PRIMARY), List.of(), List.of(new AmountStandard(null, null, "", 100_00, AmountUnit.YEAR, FROM,
                        LocalDate.of(2025, 8, 31))), new FundingShares(100, 0, 0), null, null), AT).aggregate();
        AmountStandard resumed = new AmountStandard(null, null, "", 120_00, AmountUnit.YEAR, LocalDate.of(2026, 9, 1), null);

        assertThat(programme.addStandard(resumed, LATER).aggregate().programme().standards()).containsExactly(
                new AmountStandard(null, null, "", 100_00, AmountUnit.YEAR, FROM, LocalDate.of(2025, 8, 31)), resumed);
    }

    @Test
    void theWholeDefaultCatalogueBecomesEventsThatNameEveryStandard() {
        for (Programme programme : DefaultCatalogue.programmes()) {
            AidProgrammeDefined event = (AidProgrammeDefined) AidProgramme.define(programme, AT).events().get(0);
            assertThat(event.programmeCode()).isEqualTo(programme.code());
            assertThat(event.standards()).hasSameSizeAs(programme.standards());
            assertThat(event.centralPercent() + event.provincialPercent() + event.countyPercent()).isEqualTo(100);
        }
    }

    @Test
    void programmesAndStandardsAreCheckedWhenMade() {
        assertThatThrownBy(() -> new Programme("lower", "名", ProgrammeKind.GRANT, Set.of(Stage.PRIMARY), null, null,
                new FundingShares(100, 0, 0), null, null)).hasMessageContaining("programme code");
        assertThatThrownBy(() -> new Programme("CODE", " ", ProgrammeKind.GRANT, Set.of(Stage.PRIMARY), null, null,
                new FundingShares(100, 0, 0), null, null)).hasMessageContaining("name");
        assertThatThrownBy(() -> new Programme("CODE", "名", ProgrammeKind.GRANT, Set.of(Stage.PRIMARY), null, null,
                new FundingShares(100, 0, 0), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)))
                .hasMessageContaining("cannot end before it starts");
        assertThatThrownBy(() -> new AmountStandard(null, null, "5a", 1, AmountUnit.YEAR, FROM, null))
                .hasMessageContaining("region prefix");
        assertThatThrownBy(() -> new AmountStandard(null, null, "", -1, AmountUnit.YEAR, FROM, null))
                .hasMessageContaining("not negative");
        assertThatThrownBy(() -> new AmountStandard(null, null, "", 1, null, FROM, null)).hasMessageContaining("unit");
        assertThatThrownBy(() -> new AmountStandard(null, null, "", 1, AmountUnit.YEAR, FROM, FROM.minusDays(1)))
                .hasMessageContaining("cannot end before it starts");
        assertThat(new AmountStandard(null, null, null, 1, AmountUnit.YEAR, FROM, FROM).validOn(FROM)).isTrue();
    }

    private static Programme tibetanGrant() {
        return new Programme("TIBET_TEST", "测试助学金", ProgrammeKind.GRANT, Set.of(Stage.SENIOR_SECONDARY, Stage.PRESCHOOL),
                List.of(new EligibilityRule("ANY", null, Set.of(HouseholdFlag.DIBAO), null, null, null, null, null, null,
                        null)),
                List.of(new AmountStandard(Stage.PRESCHOOL, Locality.URBAN, "54", 3_600_00, AmountUnit.YEAR, FROM, null),
                        new AmountStandard(null, null, "", 2_000_00, AmountUnit.YEAR, FROM, null),
                        new AmountStandard(Stage.PRESCHOOL, Locality.RURAL, "54", 380_00, AmountUnit.YEAR, FROM, null)),
                new FundingShares(80, 10, 10), FROM, null);
    }
}
