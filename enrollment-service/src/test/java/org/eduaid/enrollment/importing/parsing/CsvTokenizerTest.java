package org.eduaid.enrollment.importing.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eduaid.enrollment.importing.domain.FileFormat;
import org.eduaid.enrollment.importing.domain.ImportKind;
import org.junit.jupiter.api.Test;

class CsvTokenizerTest {

    @Test
    void splitsFieldsAndRecordsWithLfAndCrlf() throws IOException {
        List<RawRow> rows = rows("a,b,c\r\n1,2,3\n4,5,6");
        assertThat(rows).extracting(RawRow::values).containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"),
                List.of("4", "5", "6"));
        assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1L, 2L, 3L);
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() throws IOException {
        List<RawRow> rows = rows("\"张,三\",\"他说\"\"好\"\"\",\"第一行\r\n第二行\"\nnext,row,here\n");
        assertThat(rows.get(0).values()).containsExactly("张,三", "他说\"好\"", "第一行\r\n第二行");
        assertThat(rows.get(1).rowNumber()).as("a quoted line break stays inside one spreadsheet row").isEqualTo(2);
    }

    @Test
    void blankLinesAreSkippedButCountedSoRowNumbersMatchTheSpreadsheet() throws IOException {
        List<RawRow> rows = rows("h1,h2\n\n\r\nx,y\n\n");
        assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1L, 4L);
    }

    @Test
    void emptyFieldsAndAnEmptyQuotedFieldAreKept() throws IOException {
        assertThat(rows("a,,\"\",d\n").get(0).values()).containsExactly("a", "", "", "d");
        assertThat(rows("\"\"\n").get(0).values()).containsExactly("");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsJustACharacter() throws IOException {
        assertThat(rows("5\"2,x\n").get(0).values()).containsExactly("5\"2", "x");
    }

    @Test
    void anUnclosedQuoteMakesOneDefectiveRowNotAHugeString() throws IOException {
        List<RawRow> rows = new ArrayList<>();
        CsvTokenizer tokenizer = new CsvTokenizer(new StringReader("a,b\n\"open," + "x".repeat(500) + "\n1,2\n"), 100);
        for (RawRow row; (row = tokenizer.next()) != null; ) {
            rows.add(row);
        }
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).defect()).contains("longer than 100 characters");
    }

    @Test
    void anUnclosedQuoteAtTheEndIsReported() throws IOException {
        assertThat(rows("a,b\n\"x,y\n").get(1).defect()).contains("not closed");
    }

    @Test
    void aUtf8ByteOrderMarkIsNotPartOfTheFirstHeader() throws IOException {
        String csv = "\uFEFF身份证号,姓名,户籍县\n150424201301010011,张三,150424\n";
        try (ImportFileReader.Opened opened = open(csv.getBytes(StandardCharsets.UTF_8))) {
            assertThat(opened.rows().columns().has("idNumber")).isTrue();
            assertThat(opened.rows().columns().label("idNumber")).isEqualTo("身份证号");
            RawRow row = opened.rows().next();
            assertThat(opened.rows().columns().value(row, "name")).isEqualTo("张三");
            assertThat(row.rowNumber()).isEqualTo(2);
        }
    }

    @Test
    void aGbkFileIsDecodedAsAStream() throws IOException {
        String csv = "身份证号,姓名,户籍县\n150424201301010011,欧阳娜娜,150424\n";
        try (ImportFileReader.Opened opened = open(csv.getBytes(Charset.forName("GBK")))) {
            RawRow row = opened.rows().next();
            assertThat(opened.rows().columns().value(row, "name")).isEqualTo("欧阳娜娜");
            assertThat(opened.encoding().charset()).isEqualTo(CharsetDetection.GB18030);
        }
    }

    @Test
    void bytesInvalidInTheEncodingMakeTheirRowDefective() throws IOException {
        byte[] good = "idNumber,name,householdCountyCode\n1,".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 3];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xC3;
        bytes[good.length + 1] = 'x';
        bytes[good.length + 2] = '\n';
        try (ImportFileReader.Opened opened = ImportFileReader.open(new ByteArrayInputStream(bytes), ImportKind.STUDENTS,
                FileFormat.CSV, new CharsetDetection.Detected(StandardCharsets.UTF_8, 0, "declared"), 1000)) {
            assertThat(opened.rows().next().defect()).contains("not valid in the file's encoding");
        }
    }

    @Test
    void moreCellsThanHeaderColumnsIsADefectUnlessTheyAreEmpty() throws IOException {
        byte[] csv = "idNumber,name,householdCountyCode\n1,张,三,150424\n1,2,3,,\n".getBytes(StandardCharsets.UTF_8);
        try (ImportFileReader.Opened opened = open(csv)) {
            assertThat(opened.rows().next().defect()).contains("more cells than the header");
            assertThat(opened.rows().next().isDefective()).isFalse();
        }
    }

    private static ImportFileReader.Opened open(byte[] bytes) throws IOException {
        CharsetDetection.Detected detected = CharsetDetection.detect(bytes, bytes.length, null);
        return ImportFileReader.open(new ByteArrayInputStream(bytes), ImportKind.STUDENTS, FileFormat.CSV, detected, 1000);
    }

    private static List<RawRow> rows(String csv) throws IOException {
        CsvTokenizer tokenizer = new CsvTokenizer(new StringReader(csv), 10_000);
        List<RawRow> rows = new ArrayList<>();
        for (RawRow row; (row = tokenizer.next()) != null; ) {
            rows.add(row);
        }
        return rows;
    }
}
