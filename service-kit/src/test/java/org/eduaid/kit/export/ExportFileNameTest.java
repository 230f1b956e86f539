package org.eduaid.kit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportFileNameTest {

    enum Report implements ExportReport {
        AID_RECIPIENTS;

        @Override
        public String slug() {
            return "aid-recipients";
        }
    }

    @Test
    void reportRegionAndPeriodMakeTheName() {
        assertThat(ExportFileName.report(Report.AID_RECIPIENTS).region("150424").schoolYear(2019).csv().value())
                .isEqualTo("aid-recipients_150424_2019-2020.csv");
        assertThat(ExportFileName.report("dropout-cases").region("15").month(YearMonth.of(2019, 7))
                .as(ExportFormat.XLSX)).hasToString("dropout-cases_15_2019-07.xlsx");
        assertThat(ExportFileName.report("teachers").year(Year.of(2020)).csv().value()).isEqualTo("teachers_2020.csv");
        assertThat(ExportFileName.report("schools").region("150424101").day(LocalDate.of(2023, 9, 1)).csv().value())
                .isEqualTo("schools_150424101_2023-09-01.csv");
        assertThat(ExportFileName.report("schools").csv().format()).isEqualTo(ExportFormat.CSV);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "Aid", "aid_recipients", "../etc/passwd", "aid recipients", "aid-", "-aid", "资助名单",
            "aid\r\nSet-Cookie: x", "a-really-long-report-name-that-goes-on-and-on-and-on" })
    void aSlugThatIsNotLowerCaseWordsIsRefused(String slug) {
        assertThatThrownBy(() -> ExportFileName.report(slug)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a report slug is up to 48 lower-case letters and digits in hyphen-separated words");
    }

    @ParameterizedTest
    @ValueSource(strings = { "1", "150", "15042", "1504241", "15a424", "150424/..", "" })
    void aRegionCodeIsTwoFourSixNineOrTwelveDigits(String code) {
        assertThatThrownBy(() -> ExportFileName.report("schools").region(code))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPeriodOutsideReasonIsRefusedAndOnlyOneIsTaken() {
        assertThatThrownBy(() -> ExportFileName.report("schools").schoolYear(20190))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExportFileName.report("schools").year(Year.of(2019)).month(YearMonth.of(2019, 1)))
                .isInstanceOf(IllegalStateException.class);
    }
}
