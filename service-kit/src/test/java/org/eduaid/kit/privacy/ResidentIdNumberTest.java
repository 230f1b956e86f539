package org.eduaid.kit.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.eduaid.kit.privacy.InvalidResidentIdNumberException.Reason;
import org.eduaid.kit.privacy.ResidentIdNumber.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Check characters below were worked out by hand from GB 11643's weights, not with this class. */
class ResidentIdNumberTest {

    /** Noon of 1 June 2024 in Beijing. */
    private static final Clock JUNE_2024 = Clock.fixed(Instant.parse("2024-06-01T04:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource({
            // the sample number printed in GB 11643 itself
            "11010519491231002X, 110105, 1949-12-31, FEMALE",
            "150424201203151236, 150424, 2012-03-15, MALE",
            "15042420110908118X, 150424, 2011-09-08, FEMALE",
            "110105200802290011, 110105, 2008-02-29, MALE",
            "540102201506010324, 540102, 2015-06-01, FEMALE",
            "45010220140214107X, 450102, 2014-02-14, MALE",
            // a Hong Kong resident's residence permit
            "810000201005050122, 810000, 2010-05-05, FEMALE" })
    void aValidNumberGivesItsRegionBirthDateAndSex(String text, String region, LocalDate birthDate, Sex sex) {
        ResidentIdNumber number = ResidentIdNumber.parse(text, JUNE_2024);

        assertThat(number.unmaskedValue()).isEqualTo(text);
        assertThat(number.regionCode()).isEqualTo(region);
        assertThat(number.birthDate()).isEqualTo(birthDate);
        assertThat(number.sex()).isEqualTo(sex);
        assertThat(ResidentIdNumber.looksValid(text)).isTrue();
    }

    @Test
    void aLowerCaseXIsAcceptedAndStoredUpperCase() {
        ResidentIdNumber number = ResidentIdNumber.parse("15042420110908118x", JUNE_2024);

        assertThat(number.unmaskedValue()).isEqualTo("15042420110908118X");
        assertThat(number).isEqualTo(ResidentIdNumber.parse("15042420110908118X", JUNE_2024));
        assertThat(ResidentIdNumber.looksValid("15042420110908118x")).isTrue();
    }

    @Test
    void surroundingWhiteSpaceIsIgnored() {
        assertThat(ResidentIdNumber.parse(" 150424201203151236\t", JUNE_2024).unmaskedValue())
                .isEqualTo("150424201203151236");
    }

    @Test
    void itPrintsMaskedAndOnlyTheExplicitAccessorGivesTheNumber() {
        ResidentIdNumber number = ResidentIdNumber.parse("150424201203151236", JUNE_2024);

        assertThat(number.masked()).isEqualTo("150424********1236");
        assertThat(number).hasToString("150424********1236");
        assertThat("student " + number).doesNotContain("20120315");
    }

    @ParameterizedTest
    @ValueSource(strings = { "15042420120315123", "1504242012031512366", "15042420120315A236", "1504242012031512X6",
            "150424-20120315123", "１５０４２４２０１２０３１５１２３６" })
    void anythingButSeventeenDigitsAndACheckCharacterIsAFormatError(String text) {
        assertRejected(text, Reason.FORMAT);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nothingIsAFormatError(String text) {
        assertRejected(text, Reason.FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = { "990101201203151231", "150000201203151233", "000000201203151235" })
    void aPrefixThatIsNoProvinceAndCountyIsARegionError(String text) {
        assertRejected(text, Reason.REGION);
    }

    @ParameterizedTest
    @ValueSource(strings = { "150424202302300019", "150424189912310018", "150424202406020011" })
    void aDateThatDoesNotExistIsTooEarlyOrHasNotHappenedIsABirthDateError(String text) {
        assertRejected(text, Reason.BIRTH_DATE);
    }

    @Test
    void aChildBornTodayInBeijingIsValidWhileItIsStillYesterdayInUtc() {
        Clock halfPastMidnightInBeijing = Clock.fixed(Instant.parse("2024-05-31T16:30:00Z"), ZoneOffset.UTC);

        assertThat(ResidentIdNumber.parse("150424202406010016", halfPastMidnightInBeijing).birthDate())
                .isEqualTo(LocalDate.of(2024, 6, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = { "150424201203151237", "150424201203151230", "15042420120315123X", "11010519491231002" + "1" })
    void aMistypedDigitIsACheckCharacterError(String text) {
        assertRejected(text, Reason.CHECK_CHARACTER);
        assertThat(ResidentIdNumber.looksValid(text)).isFalse();
    }

    @Test
    void swappedDigitsAreCaught() {
        assertRejected("150424201203151326", Reason.CHECK_CHARACTER);
    }

    @Test
    void looksValidJudgesOnlyShapeAndChecksum() {
        // the birth date 2023-02-30 does not exist, but the check character matches
        assertThat(ResidentIdNumber.looksValid("150424202302300019")).isTrue();
        assertThat(ResidentIdNumber.looksValid(null)).isFalse();
        assertThat(ResidentIdNumber.looksValid("150424 201203151236")).isFalse();
    }

    private static void assertRejected(String text, Reason reason) {
        assertThatThrownBy(() -> ResidentIdNumber.parse(text, JUNE_2024))
                .isInstanceOfSatisfying(InvalidResidentIdNumberException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessageStartingWith("resident ID number ")
                .satisfies(e -> {
                    if (text != null && text.length() >= 6) {
                        assertThat(e.getMessage()).doesNotContain(text.substring(0, 6))
                                .doesNotContain(text.substring(text.length() - 6));
                    }
                });
    }

    @Test
    void composesTheStandardsExampleWithItsCheckCharacter() {
        assertThat(ResidentIdNumber.compose("110105", LocalDate.of(1949, 12, 31), 2))
                .isEqualTo("11010519491231002X");
        assertThat(ResidentIdNumber.checkCharacterOf("15042420120315123")).isEqualTo('6');
        assertThatThrownBy(() -> ResidentIdNumber.checkCharacterOf("1504242012031512"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
