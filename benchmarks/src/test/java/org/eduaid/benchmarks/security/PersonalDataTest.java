package org.eduaid.benchmarks.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.eduaid.kit.privacy.ResidentIdNumber;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void generatedIdNumbersAreValidLinxiNumbersOfSchoolAgeChildren() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 500; i++) {
            StudentRecord record = StudentRecord.generate(random);

            ResidentIdNumber number = ResidentIdNumber.parse(record.idNumber());
            assertThat(number.regionCode()).isEqualTo("150424");
            assertThat(number.birthDate()).isBetween(LocalDate.of(2009, 9, 1), LocalDate.of(2018, 9, 1));
            assertThat(record.guardianPhone()).matches("1\\d{10}");
            assertThat(record.householdAddress()).startsWith("内蒙古自治区赤峰市林西县").endsWith("号");
        }
    }

    @Test
    void theCheckCharacterCanBeX() {
        // 15042420150101001 has the check character X (sum of weighted digits mod 11 = 2)
        assertThat(StudentRecord.idNumber(LocalDate.of(2015, 1, 1), 1)).isEqualTo("15042420150101001X");
    }

    @Test
    void aChildJvmsResultLineIsReadBack() {
        PersonalDataCost.Measurement measured = new PersonalDataCost.Measurement(46_119, 40_953, 64_396);

        assertThat(PersonalDataBenchmark.parse(List.of("# a comment", PersonalDataBenchmark.line(measured))))
                .contains(measured);
        assertThat(PersonalDataBenchmark.parse(List.of("Error: Unable to access jarfile"))).isEmpty();
    }

    @Test
    void theMedianRoundIsTheResult() {
        PersonalDataCost.Measurement measured = PersonalDataCost.Measurement.of(new long[] { 50, 10, 40, 20, 30 });

        assertThat(measured.medianNanos()).isEqualTo(30);
        assertThat(measured.fastestNanos()).isEqualTo(10);
        assertThat(measured.slowestNanos()).isEqualTo(50);
    }
}
