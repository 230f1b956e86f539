package org.eduaid.enrollment.importing.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.eduaid.enrollment.importing.domain.ImportKind;
import org.junit.jupiter.api.Test;

class ColumnsTest {

    @Test
    void chineseAndEnglishHeadersMapToTheSameColumns() {
        Columns chinese = Columns.fromHeader(ImportKind.STUDENTS, List.of("身份证号", "姓名", "户籍县", "学校标识码", "备注"));
        Columns english = Columns.fromHeader(ImportKind.STUDENTS, List.of("IDNUMBER", " name ", "householdCountyCode*"));
        RawRow row = RawRow.of(2, List.of("id", "张三", "150424", "1504240001", "note"));

        assertThat(chinese.value(row, "schoolCode")).isEqualTo("1504240001");
        assertThat(chinese.label("schoolCode")).isEqualTo("学校标识码");
        assertThat(english.value(row, "name")).isEqualTo("张三");
        assertThat(english.has("schoolCode")).isFalse();
        assertThat(english.value(row, "schoolCode")).isNull();
    }

    @Test
    void rosterHeadersUseTheRosterColumns() {
        Columns roster = Columns.fromHeader(ImportKind.ROSTER, List.of("身份证号", "姓名", "县", "乡镇", "村"));
        assertThat(roster.names()).containsExactly("idNumber", "name", "countyCode", "townshipCode", "villageCode");
    }

    @Test
    void aHeaderWithoutARequiredColumnIsRefusedNamingIt() {
        assertThatThrownBy(() -> Columns.fromHeader(ImportKind.STUDENTS, List.of("姓名", "户籍县")))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("身份证号/idNumber");
    }

    @Test
    void aColumnNamedTwiceIsRefused() {
        assertThatThrownBy(() -> Columns.fromHeader(ImportKind.STUDENTS, List.of("身份证号", "idNumber", "姓名", "户籍县")))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("twice");
    }

    @Test
    void blankCellsReadAsMissing() {
        Columns columns = Columns.fromHeader(ImportKind.ROSTER, List.of("idNumber", "name", "countyCode"));
        assertThat(columns.value(RawRow.of(2, List.of("x", "  ")), "name")).isNull();
        assertThat(columns.value(RawRow.of(2, List.of("x")), "countyCode")).isNull();
    }

    @Test
    void ndjsonLinesReadTheEnglishKeys() throws IOException {
        NdjsonRowReader reader = new NdjsonRowReader(new StringReader("""
                {"idNumber":"150424201301010011","name":"张三","countyCode":"150424","extra":1}

                {"idNumber":110105194912310021,"name":null,"countyCode":"150424"}
                not json
                {"idNumber":{"$ne":null},"name":"x","countyCode":"150424"}
                """), ImportKind.ROSTER, 1000);
        RawRow first = reader.next();
        assertThat(reader.columns().value(first, "name")).isEqualTo("张三");
        RawRow third = reader.next();
        assertThat(third.rowNumber()).isEqualTo(3);
        assertThat(reader.columns().value(third, "idNumber")).isEqualTo("110105194912310021");
        assertThat(reader.columns().value(third, "name")).isNull();
        assertThat(reader.next().defect()).isEqualTo("the line is not valid JSON");
        RawRow operator = reader.next();
        assertThat(operator.defectField()).isEqualTo("idNumber");
        assertThat(reader.next()).isNull();
    }
}
