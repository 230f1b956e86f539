package org.eduaid.enrollment.household.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.eduaid.contracts.inbound.AssistanceStatusChanged;
import org.eduaid.contracts.inbound.DisabilityCertificateChanged;
import org.eduaid.contracts.inbound.PovertyStatusChanged;
import org.eduaid.enrollment.household.HouseholdMother;
import org.eduaid.enrollment.household.domain.DisabilityKind;
import org.eduaid.enrollment.household.domain.FlagSource;
import org.eduaid.enrollment.household.domain.FlagStatement;
import org.eduaid.enrollment.household.domain.HouseholdFlag;
import org.eduaid.kit.consumer.InvalidEventException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InboundFlagRecordsTest {

    /** 2025-06-10 08:00 in China. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-10T00:00:00Z"), ZoneOffset.UTC);
    private static final String ID = HouseholdMother.freshIdNumber();
    private static final String NAME = "王小明";

    private final InboundFlagRecords records = new InboundFlagRecords(Set.of("150424", "150425")::contains, CLOCK);

    @ParameterizedTest
    @CsvSource({ "REGISTERED, true", "LIFTED_OUT, true", "REMOVED, false" })
    void thePovertyRegistryKeepsTheFlagOnThroughTheTransitionPeriodAfterLiftingOut(String status, boolean on) {
        FlagStatement statement = records.poverty(poverty(ID, "150424", status, "2024-03-01"));

        assertThat(statement.flag()).isEqualTo(HouseholdFlag.REGISTERED_POOR);
        assertThat(statement.source()).isEqualTo(FlagSource.POVERTY_REGISTRY);
        assertThat(statement.on()).isEqualTo(on);
        assertThat(statement.countyCode()).isEqualTo("150424");
        assertThat(statement.effectiveOn()).hasToString("2024-03-01");
        assertThat(statement.idNumber().unmaskedValue()).isEqualTo(ID);
        assertThat(statement.disabilityKind()).isNull();
        assertThat(statement.disabilityGrade()).isNull();
    }

    @ParameterizedTest
    @CsvSource({ "DIBAO, GRANTED, DIBAO, true", "TEKUN, GRANTED, TEKUN, true", "ORPHAN, GRANTED, ORPHAN, true",
            "DIBAO, ENDED, DIBAO, false", "ORPHAN, ENDED, ORPHAN, false" })
    void civilAffairsGrantsAndEndsEachKindOfAssistance(String assistance, String status, HouseholdFlag flag, boolean on) {
        FlagStatement statement = records.assistance(assistance(assistance, status));

        assertThat(statement.flag()).isEqualTo(flag);
        assertThat(statement.source()).isEqualTo(FlagSource.CIVIL_AFFAIRS);
        assertThat(statement.on()).isEqualTo(on);
    }

    @Test
    void anIssuedCertificateCarriesKindAndGradeAndARevokedOneNeither() {
        FlagStatement issued = records.disability(disability("INTELLECTUAL", 2, "ISSUED"));
        FlagStatement revoked = records.disability(disability("INTELLECTUAL", 2, "REVOKED"));
        FlagStatement revokedBare = records.disability(disability(null, 0, "REVOKED"));

        assertThat(issued.on()).isTrue();
        assertThat(issued.flag()).isEqualTo(HouseholdFlag.DISABILITY);
        assertThat(issued.source()).isEqualTo(FlagSource.DISABILITY_FEDERATION);
        assertThat(issued.disabilityKind()).isEqualTo(DisabilityKind.INTELLECTUAL);
        assertThat(issued.disabilityGrade()).isEqualTo(2);
        assertThat(revoked.on()).isFalse();
        assertThat(revoked.disabilityKind()).isNull();
        assertThat(revoked.disabilityGrade()).isNull();
        assertThat(revokedBare.on()).isFalse();
    }

    @Test
    void aLowerCaseCheckCharacterIsAccepted() {
        String withX = idEndingInX();
        FlagStatement statement = records.poverty(poverty(withX.toLowerCase(), "150424", "REGISTERED", "2024-03-01"));

        assertThat(statement.idNumber().unmaskedValue()).isEqualTo(withX);
    }

    @Test
    void anEffectiveDateUpToADayAheadIsAcceptedForTheAgenciesClocks() {
        assertThat(records.poverty(poverty(ID, "150424", "REGISTERED", "2025-06-11")).effectiveOn()).hasToString("2025-06-11");
    }

    @Test
    void idNumbersThatBreakARuleAreRefusedNamingTheFieldAndNeverTheNumber() {
        String wrongCheck = HouseholdMother.withWrongCheckCharacter(ID);
        String bornTomorrow = withCheckCharacter("150424" + "20250612" + "123");
        String noProvince = withCheckCharacter("990424" + "20150101" + "123");

        assertRefused(() -> records.poverty(poverty(wrongCheck, "150424", "REGISTERED", "2024-03-01")),
                "PovertyStatusChanged.idNumber has a check character that does not match", wrongCheck);
        assertRefused(() -> records.poverty(poverty(bornTomorrow, "150424", "REGISTERED", "2024-03-01")),
                "PovertyStatusChanged.idNumber does not contain a real birth date", bornTomorrow);
        assertRefused(() -> records.poverty(poverty(noProvince, "150424", "REGISTERED", "2024-03-01")),
                "PovertyStatusChanged.idNumber does not start with the code of a province", noProvince);
        assertRefused(() -> records.poverty(poverty("1.50424E+17", "150424", "REGISTERED", "2024-03-01")),
                "PovertyStatusChanged.idNumber must be 17 digits followed by a digit or X", "1.50424E+17");
        assertRefused(() -> records.poverty(poverty(null, "150424", "REGISTERED", "2024-03-01")),
                "PovertyStatusChanged.idNumber is missing", ID);
    }

    @Test
    void countiesMustBeCountiesOfTheDivisionList() {
        assertRefused(() -> records.poverty(poverty(ID, "150499", "REGISTERED", "2024-03-01")),
                "PovertyStatusChanged.countyCode '150499' is not a county of the national division list", ID);
        assertRefused(() -> records.poverty(poverty(ID, null, "REGISTERED", "2024-03-01")),
                "PovertyStatusChanged.countyCode is missing", ID);
    }

    @Test
    void aValueThatMightBePersonalIsNeverQuotedBack() {
        // the agency put the ID number and the name where codes belong
        assertRefused(() -> records.poverty(poverty(ID, ID, "REGISTERED", "2024-03-01")),
                "PovertyStatusChanged.countyCode (value not repeated) is not a county", ID);
        assertRefused(() -> records.poverty(poverty(ID, "150424", NAME, "2024-03-01")),
                "PovertyStatusChanged.status (value not repeated) is none of REGISTERED, LIFTED_OUT, REMOVED", NAME);
        assertRefused(() -> records.poverty(poverty(ID, "150424", "REGISTERED", ID)),
                "PovertyStatusChanged.effectiveOn is not an ISO date", ID);
    }

    @Test
    void statusesAssistanceKindsAndCertificateKindsMustBeKnown() {
        assertRefused(() -> records.poverty(poverty(ID, "150424", "PENDING", "2024-03-01")),
                "PovertyStatusChanged.status 'PENDING' is none of REGISTERED, LIFTED_OUT, REMOVED", ID);
        assertRefused(() -> records.poverty(poverty(ID, "150424", null, "2024-03-01")),
                "PovertyStatusChanged.status is missing", ID);
        assertRefused(() -> records.assistance(assistance("WUBAO", "GRANTED")),
                "AssistanceStatusChanged.assistance 'WUBAO' is none of DIBAO, TEKUN, ORPHAN", ID);
        assertRefused(() -> records.assistance(assistance("DIBAO", "granted")),
                "AssistanceStatusChanged.status (value not repeated) is none of GRANTED, ENDED", ID);
        assertRefused(() -> records.disability(disability("HAPPY", 2, "ISSUED")),
                "DisabilityCertificateChanged.kind 'HAPPY' is none of VISUAL", ID);
        assertRefused(() -> records.disability(disability(null, 2, "ISSUED")),
                "DisabilityCertificateChanged.kind is missing", ID);
        assertRefused(() -> records.disability(disability("VISUAL", 2, "LOST")),
                "DisabilityCertificateChanged.status 'LOST' is none of ISSUED, REVOKED", ID);
    }

    @Test
    void gradesAreOneToFour() {
        assertRefused(() -> records.disability(disability("PHYSICAL", 7, "ISSUED")),
                "DisabilityCertificateChanged.grade must be 1 to 4, not 7", ID);
        assertRefused(() -> records.disability(disability("PHYSICAL", 0, "ISSUED")),
                "DisabilityCertificateChanged.grade is missing", ID);
        assertRefused(() -> records.disability(disability("PHYSICAL", 7, "REVOKED")),
                "DisabilityCertificateChanged.grade must be 1 to 4, not 7", ID);
    }

    @Test
    void effectiveDatesAreIsoDatesNotMoreThanADayAhead() {
        assertRefused(() -> records.poverty(poverty(ID, "150424", "REGISTERED", "2025-06-12")),
                "PovertyStatusChanged.effectiveOn 2025-06-12 is more than a day in the future", ID);
        assertRefused(() -> records.poverty(poverty(ID, "150424", "REGISTERED", "01/03/2024")),
                "PovertyStatusChanged.effectiveOn is not an ISO date (yyyy-MM-dd)", ID);
        assertRefused(() -> records.poverty(poverty(ID, "150424", "REGISTERED", null)),
                "PovertyStatusChanged.effectiveOn is missing", ID);
    }

    private static void assertRefused(Runnable reading, String reason, String neverShown) {
        assertThatThrownBy(reading::run).isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith(reason)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(neverShown).doesNotContain(ID)
                        .doesNotContain(NAME));
    }

    private static PovertyStatusChanged poverty(String id, String county, String status, String effectiveOn) {
        return new PovertyStatusChanged(id, NAME, "HH-150424-000123", county, status, effectiveOn);
    }

    private static AssistanceStatusChanged assistance(String assistance, String status) {
        return new AssistanceStatusChanged(ID, NAME, "150424", assistance, status, "2024-03-01");
    }

    private static DisabilityCertificateChanged disability(String kind, int grade, String status) {
        return new DisabilityCertificateChanged(ID, NAME, "150424", kind, grade, status, "2024-03-01");
    }

    private static String withCheckCharacter(String first17) {
        return first17 + HouseholdMother.checkCharacter(first17);
    }

    private static String idEndingInX() {
        for (int sequence = 100; ; sequence++) {
            String first17 = "150424" + "20150101" + sequence;
            if (HouseholdMother.checkCharacter(first17) == 'X') {
                return first17 + 'X';
            }
        }
    }
}
