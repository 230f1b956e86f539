package org.eduaid.enrollment.student.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.eduaid.enrollment.student.StudentMother;
import org.eduaid.kit.privacy.InvalidResidentIdNumberException;
import org.eduaid.kit.privacy.InvalidResidentIdNumberException.Reason;
import org.eduaid.kit.privacy.ResidentIdNumber;
import org.junit.jupiter.api.Test;

/** What the registry accepts as an ID number, case by case (the list). */
class StudentIdNumbersTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void theStandardsExampleIsValidAndGivesBirthDateAndSex() {
        ResidentIdNumber number = StudentIdNumbers.parse("11010519491231002X", CLOCK);
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(number.sex()).isEqualTo(ResidentIdNumber.Sex.FEMALE);
        assertThat(number.toString()).isEqualTo("110105********002X");
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        assertReason("110105194912310021", Reason.CHECK_CHARACTER);
    }

    @Test
    void aLowerCaseXIsAcceptedAsX() {
        assertThat(StudentIdNumbers.parse("11010519491231002x", CLOCK).unmaskedValue()).isEqualTo("11010519491231002X");
    }

    @Test
    void fullWidthDigitsFromAChineseInputMethodAreRead() {
        // the kit refuses them; the registry normalises first
        assertThatThrownBy(() -> ResidentIdNumber.parse("１１０１０５１９４９１２３１００２Ｘ", CLOCK))
                .isInstanceOf(InvalidResidentIdNumberException.class);
        assertThat(StudentIdNumbers.parse("１１０１０５１９４９１２３１００２ｘ", CLOCK).unmaskedValue())
                .isEqualTo("11010519491231002X");
    }

    @Test
    void anOld15DigitNumberIsRefusedWithAMessageAskingForThe18DigitOne() {
        assertThatThrownBy(() -> StudentIdNumbers.parse("110105491231002", CLOCK))
                .isInstanceOf(StudentIdNumbers.UnreadableIdNumberException.class)
                .hasMessageContaining("15-digit").hasMessageNotContaining("110105491231002");
    }

    @Test
    void aNumberASpreadsheetMangledIsRefusedWithAMessageSayingSo() {
        assertThatThrownBy(() -> StudentIdNumbers.parse("1.10105E+17", CLOCK))
                .isInstanceOf(StudentIdNumbers.UnreadableIdNumberException.class).hasMessageContaining("spreadsheet");
    }

    @Test
    void impossibleAndFutureBirthDatesAreRefused() {
        assertReason(StudentMother.idNumber("150424", LocalDate.of(2015, 1, 1), 1).replace("20150101", "20150230")
                .substring(0, 17) + "0", Reason.BIRTH_DATE);
        String future = StudentMother.idNumber("150424", LocalDate.of(2026, 1, 1), 1);
        assertReason(future, Reason.BIRTH_DATE);
    }

    @Test
    void aRegionPrefixNotInTheDivisionListIsAcceptedWhenTheProvinceIsReal() {
        // 159999 is no county, but numbers keep the county of issue after mergers; only the province is checked
        String number = StudentMother.idNumber("159999", LocalDate.of(2015, 5, 5), 12);
        assertThat(StudentIdNumbers.parse(number, CLOCK).regionCode()).isEqualTo("159999");
        assertReason(StudentMother.idNumber("990101", LocalDate.of(2015, 5, 5), 12), Reason.REGION);
    }

    @Test
    void generatedNumbersPass() {
        assertThat(StudentIdNumbers.parse(StudentMother.freshIdNumber(), CLOCK).regionCode()).isEqualTo("150424");
    }

    private static void assertReason(String text, Reason reason) {
        assertThatThrownBy(() -> StudentIdNumbers.parse(text, CLOCK))
                .isInstanceOfSatisfying(InvalidResidentIdNumberException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessageNotContaining(text);
    }
}
