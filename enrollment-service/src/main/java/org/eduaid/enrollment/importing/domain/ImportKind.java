package org.eduaid.enrollment.importing.domain;

import java.util.List;

/**
 * What a file holds, with its columns: the English name (NDJSON keys, and accepted as CSV headers)
 * followed by the Chinese headers the bureau's templates use.
 */
public enum ImportKind {

    STUDENTS(List.of(
            column("idNumber", "身份证号", "身份证号码", "身份证件号"),
            column("name", "姓名"),
            column("householdCountyCode", "户籍县"),
            column("householdTownshipCode", "乡镇"),
            column("householdVillageCode", "村"),
            column("guardianName", "监护人"),
            column("registeredPoor", "建档立卡"),
            column("dibao", "低保"),
            column("tekun", "特困"),
            column("orphan", "孤儿"),
            column("disabilityKind", "残疾类别"),
            column("disabilityGrade", "残疾等级"),
            column("leftBehind", "留守"),
            column("relocated", "易地搬迁"),
            column("schoolCode", "学校标识码"),
            column("stage", "学段"),
            column("grade", "年级"),
            column("boarding", "寄宿"),
            column("enrolledOn", "入学日期")),
            List.of("idNumber", "name", "householdCountyCode")),

    ROSTER(List.of(
            column("idNumber", "身份证号", "身份证号码", "身份证件号"),
            column("name", "姓名"),
            column("countyCode", "县"),
            column("townshipCode", "乡镇"),
            column("villageCode", "村")),
            List.of("idNumber", "name", "countyCode"));

    private final List<Column> columns;
    private final List<String> required;

    ImportKind(List<Column> columns, List<String> required) {
        this.columns = columns;
        this.required = required;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The columns a file must have; the others may be left out. */
    public List<String> required() {
        return required;
    }

    private static Column column(String name, String... chineseHeaders) {
        return new Column(name, List.of(chineseHeaders));
    }

    /** A column: its English name and the Chinese headers that mean it. */
    public record Column(String name, List<String> chineseHeaders) {
    }
}
