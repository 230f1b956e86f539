package org.eduaid.enrollment.importing.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eduaid.enrollment.importing.IdNumbers;
import org.eduaid.enrollment.importing.domain.ImportKind;
import org.eduaid.enrollment.importing.parsing.Columns;
import org.eduaid.enrollment.importing.parsing.RawRow;
import org.eduaid.enrollment.student.application.ImportScope;
import org.eduaid.enrollment.student.application.StudentRecord;
import org.eduaid.kit.regions.RegionDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each defect a student row can have, and the reason the officer reads for it. */
class StudentRowValidatorTest {

    static final RegionDirectory REGIONS = RegionDirectory.loadBundled();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final ImportScope COUNTY = new ImportScope("150424", null, "import:150424");
    private static final ImportScope SCHOOL = new ImportScope("150424", "1504240001", "import:1504240001");
    private static final String CHILD = IdNumbers.of("150424", LocalDate.of(2014, 3, 9), 12);

    @Test
    void aCompleteRowBecomesARecordWithFlagsDisabilityAndEnrolment() {
        StudentRecord record = validate(COUNTY, row(Map.ofEntries(Map.entry("建档立卡", "是"), Map.entry("低保", "否"),
                Map.entry("孤儿", "1"), Map.entry("留守", "true"), Map.entry("残疾类别", "视力残疾"), Map.entry("残疾等级", "二级"),
                Map.entry("学校标识码", "1504240001"), Map.entry("学段", "小学"), Map.entry("年级", "五年级"),
                Map.entry("寄宿", "是"), Map.entry("入学日期", "2020/9/1"))));

        assertThat(record.rowNumber()).isEqualTo(7);
        assertThat(record.idNumber().unmaskedValue()).isEqualTo(CHILD);
        assertThat(record.householdTownshipCode()).isEqualTo("150424100");
        assertThat(record.flags()).containsExactlyInAnyOrder("REGISTERED_POOR", "ORPHAN", "LEFT_BEHIND");
        assertThat(record.disabilityKind()).isEqualTo("VISUAL");
        assertThat(record.disabilityGrade()).isEqualTo(2);
        assertThat(record.enrolment()).isEqualTo(new StudentRecord.Enrolment("1504240001", "PRIMARY", 5, true,
                LocalDate.of(2020, 9, 1)));
    }

    @Test
    void anEnrolmentWithoutADateIsInThisSchoolYearsClassSoARerunStatesTheSameEnrolment() {
        StudentRecord record = validate(COUNTY, row(Map.of("学校标识码", "1504240001", "学段", "小学", "年级", "三年级")));

        // the clock stands in June 2025: the school year began on 1 September 2024
        assertThat(record.enrolment().enrolledOn()).isEqualTo(LocalDate.of(2024, 9, 1));
    }

    @Test
    void theStandardsExampleNumberIsValid() {
        assertThat(validate(COUNTY, row(Map.of("身份证号", "11010519491231002X"))).idNumber().birthDate())
                .isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void aLowerCaseXIsAcceptedAndNormalisedToUpperCase() {
        assertThat(validate(COUNTY, row(Map.of("身份证号", "11010519491231002x"))).idNumber().unmaskedValue())
                .isEqualTo("11010519491231002X");
    }

    @Test
    void fullWidthDigitsFromAChineseInputMethodAreTheSameNumber() {
        StringBuilder fullWidth = new StringBuilder();
        CHILD.chars().forEach(c -> fullWidth.append(c == 'X' ? 'Ｘ' : (char) (c - '0' + '０')));

        assertThat(validate(COUNTY, row(Map.of("身份证号", fullWidth.toString()))).idNumber().unmaskedValue()).isEqualTo(CHILD);
    }

    @Test
    void excelsTextFormulaAroundTheNumberIsUnwrapped() {
        assertThat(validate(COUNTY, row(Map.of("身份证号", "=\"" + CHILD + "\""))).idNumber().unmaskedValue()).isEqualTo(CHILD);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "15-digit number|150424140309012|idNumber|15-digit ID numbers must be converted to 18 digits",
            "Excel scientific notation|1.10105E+17|idNumber|the spreadsheet turned the ID number into a number; format the column as text",
            "Excel scientific, lower case|1.50424e17|idNumber|the spreadsheet turned the ID number into a number",
            "wrong check digit|110105194912310021|idNumber|has a check character that does not match; a digit was probably mistyped",
            "digits lost to a number format|110105194912310000|idNumber|stored it as a number",
            "impossible birth date|150424201302300011|idNumber|holds a birth date that does not exist",
            "future birth date|150424203001010011|idNumber|holds a birth date in the future",
            "too short|15042420130101|idNumber|must be 17 digits followed by a digit or X",
            "unknown province|990424201301010011|idNumber|does not start with the code of a province and county",
    })
    void idNumberDefectsHavePreciseReasons(String why, String idNumber, String field, String reason) {
        RowRejection rejection = reject(COUNTY, row(Map.of("身份证号", idNumber)));
        assertThat(rejection.field()).isEqualTo(field);
        assertThat(rejection.reason()).contains(reason).doesNotContain(idNumber);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing name|姓名||name|is missing",
            "county not in the division list|户籍县|159999|householdCountyCode|is not a county in the national division list",
            "a city instead of a county|户籍县|1504|householdCountyCode|must be a 6-digit county code",
            "township of another county|乡镇|150425100|householdTownshipCode|is not a township of the row's county",
            "township not in the list|乡镇|150424999|householdTownshipCode|is not a township in the national division list",
            "village outside the township|村|150424101001|householdVillageCode|is not a village of the row's township",
            "not a boolean|建档立卡|也许|registeredPoor|must be 是 or 否",
            "unknown disability|残疾类别|色盲|disabilityKind|must be one of",
            "disability without grade|残疾类别|肢体|disabilityGrade|is missing",
            "disability grade 5|残疾等级|5|disabilityGrade|from 1 to 4",
            "9-digit school code|学校标识码|150424000|schoolCode|must be a 10-digit school identification code",
            "unknown stage|学段|私塾|stage|must be one of",
            "grade 7 of primary|年级|7|grade|does not exist in the stage given (grades 1 to 6)",
            "grade in words that are no grade|年级|大班|grade|must be a grade number",
            "enrolled in the future|入学日期|2030-09-01|enrolledOn|lies in the future",
            "enrolled before birth|入学日期|2010-09-01|enrolledOn|lies before the birth date",
            "no real date|入学日期|2020-02-30|enrolledOn|is not a real date",
    })
    void cellDefectsNameTheirColumn(String why, String column, String value, String field, String reason) {
        Map<String, String> cells = new LinkedHashMap<>(Map.of("学校标识码", "1504240001", "学段", "小学", "年级", "3"));
        cells.put(column, value == null ? "" : value);
        RowRejection rejection = reject(COUNTY, row(cells));
        assertThat(rejection.field()).isEqualTo(field);
        assertThat(rejection.reason()).contains(reason);
    }

    @Test
    void juniorSecondaryGradesMayBeGivenAsTheNationalYear() {
        assertThat(validate(COUNTY, row(Map.of("学校标识码", "1504240001", "学段", "初中", "年级", "七年级")))
                .enrolment().grade()).isEqualTo(1);
        assertThat(validate(COUNTY, row(Map.of("学校标识码", "1504240001", "学段", "JUNIOR_SECONDARY", "年级", "初三")))
                .enrolment().grade()).isEqualTo(3);
    }

    @Test
    void anEnrolmentNeedsSchoolStageAndGrade() {
        assertThat(reject(COUNTY, row(Map.of("学段", "小学", "年级", "3"))).field()).isEqualTo("schoolCode");
        assertThat(reject(COUNTY, row(Map.of("学校标识码", "1504240001", "年级", "3"))).field()).isEqualTo("stage");
        assertThat(reject(COUNTY, row(Map.of("学校标识码", "1504240001", "学段", "小学"))).field()).isEqualTo("grade");
    }

    @Test
    void aRowWithoutEnrolmentColumnsRegistersTheChildOnly() {
        assertThat(validate(COUNTY, row(Map.of())).enrolment()).isNull();
    }

    @Test
    void inASchoolsFileEveryEnrolmentIsAtThatSchool() {
        assertThat(validate(SCHOOL, row(Map.of("学段", "小学", "年级", "2"))).enrolment().schoolCode()).isEqualTo("1504240001");
        RowRejection other = reject(SCHOOL, row(Map.of("学校标识码", "1504249999", "学段", "小学", "年级", "2")));
        assertThat(other.field()).isEqualTo("schoolCode");
        assertThat(other.reason()).contains("not the school this file is imported for");
    }

    @Test
    void theSameIdNumberTwiceInAFileRejectsTheLaterRowNamingTheFirst() throws Exception {
        var header = List.of("身份证号", "姓名", "户籍县");
        String csv = String.join(",", header) + "\n" + CHILD + ",张三,150424\n" + IdNumbers.nth(1) + ",李四,150424\n"
                + CHILD.toLowerCase() + ",张三,150424\n";
        var detected = org.eduaid.enrollment.importing.parsing.CharsetDetection.detect(csv.getBytes(), csv.getBytes().length, null);
        var opened = org.eduaid.enrollment.importing.parsing.ImportFileReader.open(new java.io.ByteArrayInputStream(
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), ImportKind.STUDENTS,
                org.eduaid.enrollment.importing.domain.FileFormat.CSV, detected, 1000);
        try (FileValidation<StudentRecord> validation = new FileValidation<>(opened,
                new StudentRowValidator(COUNTY, REGIONS, CLOCK), 100)) {
            Chunk<StudentRecord> chunk = validation.next(10);
            assertThat(chunk.accepted()).extracting(StudentRecord::rowNumber).containsExactly(2L, 3L);
            assertThat(chunk.rejected()).singleElement().satisfies(error -> {
                assertThat(error.row()).isEqualTo(4);
                assertThat(error.field()).isEqualTo("身份证号");
                assertThat(error.reason()).isEqualTo("the same ID number is already in row 2 of this file");
            });
            assertThat(validation.next(10)).isNull();
        }
    }

    private static StudentRecord validate(ImportScope scope, RawRow row) {
        return new StudentRowValidator(scope, REGIONS, CLOCK).validate(row, COLUMNS);
    }

    private static RowRejection reject(ImportScope scope, RawRow row) {
        return catchThrowableOfType(RowRejection.class, () -> validate(scope, row));
    }

    private static final List<String> HEADER = List.of("身份证号", "姓名", "户籍县", "乡镇", "村", "监护人", "建档立卡", "低保",
            "特困", "孤儿", "残疾类别", "残疾等级", "留守", "易地搬迁", "学校标识码", "学段", "年级", "寄宿", "入学日期");
    private static final Columns COLUMNS = Columns.fromHeader(ImportKind.STUDENTS, HEADER);

    /** Row 7 of a file with every column: a valid child in Linxi, overridden by {@code cells}. */
    private static RawRow row(Map<String, String> cells) {
        Map<String, String> values = new LinkedHashMap<>();
        HEADER.forEach(column -> values.put(column, ""));
        values.put("身份证号", CHILD);
        values.put("姓名", "张三");
        values.put("户籍县", "150424");
        values.put("乡镇", "150424100");
        values.put("村", "150424100201");
        values.put("监护人", "张大山");
        values.putAll(cells);
        return RawRow.of(7, List.copyOf(values.values()));
    }
}
