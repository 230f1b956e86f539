package org.eduaid.enrollment.importing.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CharsetDetectionTest {

    private static final String TEXT = "身份证号,姓名,户籍县\n150424201301010011,张三,150424\n";

    @Test
    void utf8WithoutBomIsRecognisedByItsBytes() {
        var detected = detect(TEXT.getBytes(StandardCharsets.UTF_8), null);
        assertThat(detected.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(detected.skipBytes()).isZero();
    }

    @Test
    void aByteOrderMarkMeansUtf8AndIsSkipped() {
        byte[] bytes = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
        var detected = detect(bytes, null);
        assertThat(detected.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(detected.skipBytes()).isEqualTo(3);
    }

    @Test
    void gbkBytesAreReadAsGb18030() {
        var detected = detect(TEXT.getBytes(Charset.forName("GBK")), null);
        assertThat(detected.charset()).isEqualTo(CharsetDetection.GB18030);
        assertThat(new String(TEXT.getBytes(Charset.forName("GBK")), detected.charset())).isEqualTo(TEXT);
    }

    @Test
    void aDeclaredCharsetWinsOverSniffing() {
        var detected = detect(TEXT.getBytes(StandardCharsets.UTF_8), Charset.forName("GBK"));
        assertThat(detected.charset()).isEqualTo(Charset.forName("GBK"));
        assertThat(detected.why()).isEqualTo("declared");
    }

    @Test
    void aBomIsStillSkippedWhenUtf8IsDeclared() {
        var detected = detect(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertThat(detected.skipBytes()).isEqualTo(3);
    }

    @Test
    void aCharacterCutInHalfByTheEndOfTheSampleDoesNotMakeUtf8LookInvalid() {
        byte[] chinese = "张".getBytes(StandardCharsets.UTF_8);
        byte[] sample = Arrays.copyOf("a".repeat(100).getBytes(StandardCharsets.UTF_8), 102);
        sample[100] = chinese[0];
        sample[101] = chinese[1];
        assertThat(CharsetDetection.isUtf8(sample, sample.length)).isTrue();
    }

    @Test
    void anInvalidByteInTheMiddleIsNotUtf8() {
        byte[] sample = "abc\u00e9def".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(CharsetDetection.isUtf8(sample, sample.length)).isFalse();
    }

    private static CharsetDetection.Detected detect(byte[] bytes, Charset declared) {
        return CharsetDetection.detect(bytes, bytes.length, declared);
    }
}
