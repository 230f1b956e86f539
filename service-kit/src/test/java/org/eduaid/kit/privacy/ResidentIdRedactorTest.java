package org.eduaid.kit.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdRedactorTest {

    @Test
    void everyIdNumberInATextIsMaskedAndTheRestIsKept() {
        String text = "学生 150424201203151236 与 15042420110908118X 的监护人相同; id=11010519491231002x.";

        assertThat(ResidentIdRedactor.redact(text))
                .isEqualTo("学生 150424********1236 与 150424********118X 的监护人相同; id=110105********002X.");
    }

    @Test
    void lettersAroundANumberDoNotProtectIt() {
        assertThat(ResidentIdRedactor.redact("ID150424201203151236abc")).isEqualTo("ID150424********1236abc");
        assertThat(ResidentIdRedactor.redact("\"idNumber\":\"150424201203151236\""))
                .isEqualTo("\"idNumber\":\"150424********1236\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // check character does not match
            "order 150424201203151237 shipped",
            // part of a longer number
            "trace 9150424201203151236 and 1504242012031512361",
            // too short
            "15042420120315123",
            "no digits at all" })
    void textWithoutAnIdNumberIsReturnedAsTheSameInstance(String text) {
        assertThat(ResidentIdRedactor.redact(text)).isSameAs(text);
        assertThat(ResidentIdRedactor.containsIdNumber(text)).isFalse();
    }

    @Test
    void aChecksumValidNumberIsMaskedEvenIfItsDateIsImpossible() {
        assertThat(ResidentIdRedactor.redact("x 150424202302300019 y")).isEqualTo("x 150424********0019 y");
    }

    @Test
    void numbersNextToEachOtherAreEachFound() {
        assertThat(ResidentIdRedactor.redact("150424201203151236,540102201506010324"))
                .isEqualTo("150424********1236,540102********0324");
    }

    @Test
    void utf8BytesAreMaskedInPlace() {
        byte[] line = "{\"message\":\"学生 15042420110908118x 未到校\",\"n\":1}\n".getBytes(StandardCharsets.UTF_8);

        assertThat(ResidentIdRedactor.redactInPlace(line)).isTrue();
        assertThat(new String(line, StandardCharsets.UTF_8))
                .isEqualTo("{\"message\":\"学生 150424********118X 未到校\",\"n\":1}\n");
    }

    @Test
    void bytesWithoutAnIdNumberAreLeftAlone() {
        byte[] line = "学生 150424201203151237 未到校".getBytes(StandardCharsets.UTF_8);
        byte[] copy = line.clone();

        assertThat(ResidentIdRedactor.redactInPlace(line)).isFalse();
        assertThat(line).isEqualTo(copy);
    }
}
