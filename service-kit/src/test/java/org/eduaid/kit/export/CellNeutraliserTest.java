package org.eduaid.kit.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellNeutraliserTest {

    @ParameterizedTest
    @ValueSource(strings = { "=HYPERLINK(\"http://evil.example\",\"点此\")", "+1+1", "-2+3", "@SUM(A1:A9)",
            "\t=1+1", "\r=1+1", "\n=1+1", "=", "-380" })
    void textThatASpreadsheetWouldRunGetsAnApostrophe(String text) {
        assertThat(CellNeutraliser.needsNeutralising(text)).isTrue();
        assertThat(CellNeutraliser.neutralise(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "林西县统部镇中心小学", "380", "a=b", " =1+1", "'quoted", "150424********1236", "2019-2020" })
    void otherTextIsLeftAlone(String text) {
        assertThat(CellNeutraliser.needsNeutralising(text)).isFalse();
        assertThat(CellNeutraliser.neutralise(text)).isSameAs(text);
    }

    @Test
    void emptyAndAbsentStayAsTheyAre() {
        assertThat(CellNeutraliser.neutralise("")).isEmpty();
        assertThat(CellNeutraliser.neutralise(null)).isNull();
    }
}
