package org.eduaid.kit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.eduaid.kit.privacy.ResidentIdNumber;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void aFileStartsWithTheByteOrderMarkAndEndsEveryRecordWithCrLf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.forExcel(out)) {
            csv.row("学校", "人数", "金额（元）");
            csv.row("林西县统部镇中心小学", 380, new BigDecimal("1463.50"));
        }

        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("学校,人数,金额（元）\r\n林西县统部镇中心小学,380,1463.50\r\n");
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndQuotesDoubled() {
        assertThat(CsvWriter.line(List.of("a,b", "他说\"好\"", "two\nlines", "cr\rhere", "plain")))
                .isEqualTo("\"a,b\",\"他说\"\"好\"\"\",\"two\nlines\",\"cr\rhere\",plain\r\n");
    }

    @Test
    void formulasInTextAreNeutralisedAndNumbersAreNot() {
        assertThat(CsvWriter.line(List.of("=HYPERLINK(\"http://evil.example\")", "-380", -380, new BigDecimal("-1.5E+3"),
                "@cmd", "+86 138****5678")))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\")\",'-380,-380,-1500,'@cmd,'+86 138****5678\r\n");
    }

    @Test
    void everyKindOfValueHasItsForm() {
        assertThat(CsvWriter.line(Arrays.asList(null, 12L, 1.5, BigInteger.TEN, true, LocalDate.of(2019, 9, 1),
                Double.NEGATIVE_INFINITY, new AtomicLong(-7))))
                .isEqualTo(",12,1.5,10,true,2019-09-01,'-Infinity,'-7\r\n");
    }

    @Test
    void anIdNumberObjectIsWrittenMasked() {
        assertThat(CsvWriter.line(List.of(ResidentIdNumber.parse("150424201203151236"))))
                .isEqualTo("150424********1236\r\n");
    }

    @Test
    void rowsReachTheStreamWithoutWaitingForTheEnd() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter csv = CsvWriter.forExcel(out);
        csv.row("first");
        csv.flush();

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(CsvWriter.BYTE_ORDER_MARK + "first\r\n");
        csv.close();
    }
}
