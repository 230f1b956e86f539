package org.eduaid.kit.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class BlindIndexTest {

    private static final FieldPurpose STUDENT_ID = FieldPurpose.of("students", "idNumber");
    private static final FieldPurpose GUARDIAN_ID = FieldPurpose.of("students", "guardianIdNumber");
    private static final String NUMBER = "15042420110908118X";

    private final BlindIndex index = BlindIndex.fromBase64(TestKeys.base64(7));

    @Test
    void theSameValueAlwaysGivesTheSameVersionedIndex() {
        String value = index.of(STUDENT_ID, NUMBER);

        assertThat(value).startsWith("bi1:").matches("bi1:[A-Za-z0-9_-]{43}").doesNotContain("150424");
        assertThat(index.of(STUDENT_ID, NUMBER)).isEqualTo(value);
        assertThat(BlindIndex.fromBase64(TestKeys.base64(7)).of(STUDENT_ID, NUMBER)).isEqualTo(value);
    }

    @Test
    void spellingsOfOneNumberIndexAlike() {
        String value = index.of(STUDENT_ID, NUMBER);

        assertThat(index.of(STUDENT_ID, "15042420110908118x")).isEqualTo(value);
        assertThat(index.of(STUDENT_ID, " 15042420110908118X\n")).isEqualTo(value);
        // typed with a Chinese input method in full-width mode
        assertThat(index.of(STUDENT_ID, "１５０４２４２０１１０９０８１１８Ｘ")).isEqualTo(value);
        Clock now = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);
        assertThat(index.of(STUDENT_ID, ResidentIdNumber.parse("15042420110908118x", now))).isEqualTo(value);
    }

    @Test
    void otherValuesFieldsAndKeysIndexDifferently() {
        String value = index.of(STUDENT_ID, NUMBER);

        assertThat(index.of(STUDENT_ID, "150424201203151236")).isNotEqualTo(value);
        assertThat(index.of(GUARDIAN_ID, NUMBER)).isNotEqualTo(value);
        assertThat(BlindIndex.fromBase64(TestKeys.base64(8)).of(STUDENT_ID, NUMBER)).isNotEqualTo(value);
    }

    @Test
    void nullStaysNull() {
        assertThat(index.of(STUDENT_ID, (String) null)).isNull();
        assertThat(index.of(STUDENT_ID, (ResidentIdNumber) null)).isNull();
    }

    @Test
    void theKeyMustBe256Bits() {
        assertThatThrownBy(() -> new BlindIndex(new byte[31])).isInstanceOf(InvalidPrivacyConfigurationException.class);
        assertThat(index).hasToString("BlindIndex[bi1:]");
    }
}
