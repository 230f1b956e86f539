package org.eduaid.enrollment.importing.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eduaid.kit.regions.RegionDirectory;
import org.eduaid.kit.regions.RegionLevel;

/** Reading single cells the way officers fill them in: 是/否, Chinese grade and stage words, several date styles. */
final class Cells {

    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");
    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");
    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");
    private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,2}");
    private static final String CHINESE_NUMERALS = "一二三四五六七八九十";
    private static final int LONGEST_NAME = 50;

    private static final Map<String, String> STAGES = Map.ofEntries(
            Map.entry("PRESCHOOL", "PRESCHOOL"), Map.entry("学前", "PRESCHOOL"), Map.entry("学前教育", "PRESCHOOL"),
            Map.entry("幼儿园", "PRESCHOOL"),
            Map.entry("PRIMARY", "PRIMARY"), Map.entry("小学", "PRIMARY"),
            Map.entry("JUNIOR_SECONDARY", "JUNIOR_SECONDARY"), Map.entry("初中", "JUNIOR_SECONDARY"),
            Map.entry("初级中学", "JUNIOR_SECONDARY"),
            Map.entry("SENIOR_SECONDARY", "SENIOR_SECONDARY"), Map.entry("高中", "SENIOR_SECONDARY"),
            Map.entry("普通高中", "SENIOR_SECONDARY"),
            Map.entry("SECONDARY_VOCATIONAL", "SECONDARY_VOCATIONAL"), Map.entry("中职", "SECONDARY_VOCATIONAL"),
            Map.entry("中等职业教育", "SECONDARY_VOCATIONAL"),
            Map.entry("HIGHER_EDUCATION", "HIGHER_EDUCATION"), Map.entry("高等教育", "HIGHER_EDUCATION"),
            Map.entry("大学", "HIGHER_EDUCATION"));
    /** Years each stage lasts; the grade is the year within the stage. */
    private static final Map<String, Integer> STAGE_YEARS = Map.of("PRESCHOOL", 3, "PRIMARY", 6,
            "JUNIOR_SECONDARY", 4, "SENIOR_SECONDARY", 3, "SECONDARY_VOCATIONAL", 3, "HIGHER_EDUCATION", 5);
    private static final Map<String, String> DISABILITY_KINDS = Map.ofEntries(
            Map.entry("VISUAL", "VISUAL"), Map.entry("视力", "VISUAL"),
            Map.entry("HEARING", "HEARING"), Map.entry("听力", "HEARING"),
            Map.entry("SPEECH", "SPEECH"), Map.entry("言语", "SPEECH"),
            Map.entry("PHYSICAL", "PHYSICAL"), Map.entry("肢体", "PHYSICAL"),
            Map.entry("INTELLECTUAL", "INTELLECTUAL"), Map.entry("智力", "INTELLECTUAL"),
            Map.entry("MENTAL", "MENTAL"), Map.entry("精神", "MENTAL"),
            Map.entry("MULTIPLE", "MULTIPLE"), Map.entry("多重", "MULTIPLE"));

    private Cells() {
    }

    static boolean bool(String field, String value) {
        if (value == null) {
            return false;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "是":
            case "true":
            case "1":
            case "y":
            case "yes":
                return true;
            case "否":
            case "false":
            case "0":
            case "n":
            case "no":
                return false;
            default:
                throw new RowRejection(field, "must be 是 or 否 (also true/false or 1/0)");
        }
    }

    static String name(String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                throw new RowRejection(field, "is missing");
            }
            return null;
        }
        if (value.codePointCount(0, value.length()) > LONGEST_NAME) {
            throw new RowRejection(field, "is longer than " + LONGEST_NAME + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new RowRejection(field, "contains control characters");
        }
        return value;
    }

    static String county(String field, String value, RegionDirectory regions) {
        if (value == null) {
            throw new RowRejection(field, "is missing");
        }
        if (!SIX_DIGITS.matcher(value).matches()) {
            throw new RowRejection(field, "must be a 6-digit county code");
        }
        if (!regions.isCounty(value)) {
            throw new RowRejection(field, "is not a county in the national division list");
        }
        return value;
    }

    static String township(String field, String value, String countyCode, RegionDirectory regions) {
        if (value == null) {
            return null;
        }
        if (!NINE_DIGITS.matcher(value).matches()) {
            throw new RowRejection(field, "must be a 9-digit township code");
        }
        if (!value.startsWith(countyCode)) {
            throw new RowRejection(field, "is not a township of the row's county");
        }
        if (regions.find(value).map(region -> region.level() != RegionLevel.TOWNSHIP).orElse(true)) {
            throw new RowRejection(field, "is not a township in the national division list");
        }
        return value;
    }

    static String village(String field, String value, String countyCode, String townshipCode) {
        if (value == null) {
            return null;
        }
        if (!TWELVE_DIGITS.matcher(value).matches()) {
            throw new RowRejection(field, "must be a 12-digit village code");
        }
        String parent = townshipCode != null ? townshipCode : countyCode;
        if (!value.startsWith(parent)) {
            throw new RowRejection(field, "is not a village of the row's " + (townshipCode != null ? "township" : "county"));
        }
        return value;
    }

    static String schoolCode(String field, String value) {
        if (!TEN_DIGITS.matcher(value).matches()) {
            throw new RowRejection(field, "must be a 10-digit school identification code (学校标识码)");
        }
        return value;
    }

    static String stage(String field, String value) {
        String stage = STAGES.get(value.toUpperCase(Locale.ROOT));
        if (stage == null) {
            throw new RowRejection(field, "must be one of 学前, 小学, 初中, 高中, 中职, 高等教育 (or PRESCHOOL, PRIMARY,"
                    + " JUNIOR_SECONDARY, SENIOR_SECONDARY, SECONDARY_VOCATIONAL, HIGHER_EDUCATION)");
        }
        return stage;
    }

    /**
     * The year within the stage: {@code 3}, {@code 三年级}, {@code 3年级}; for junior and senior secondary
     * also the national year ({@code 七年级}/{@code 初一} = junior 1, {@code 10}/{@code 高一} = senior 1).
     */
    static int grade(String field, String value, String stage) {
        String text = value.endsWith("年级") ? value.substring(0, value.length() - 2).strip() : value;
        if ((text.startsWith("初") || text.startsWith("高")) && text.length() == 2) {
            text = text.substring(1);
        }
        int grade = number(text);
        if (grade < 0) {
            throw new RowRejection(field, "must be a grade number (1, 2, ... or 一年级, 二年级, ...)");
        }
        if ("JUNIOR_SECONDARY".equals(stage) && grade >= 7 && grade <= 9) {
            grade -= 6;
        } else if ("SENIOR_SECONDARY".equals(stage) && grade >= 10 && grade <= 12) {
            grade -= 9;
        }
        int years = STAGE_YEARS.get(stage);
        if (grade < 1 || grade > years) {
            throw new RowRejection(field, "does not exist in the stage given (grades 1 to " + years + ")");
        }
        return grade;
    }

    static String disabilityKind(String field, String value) {
        if (value == null) {
            return null;
        }
        String text = value.endsWith("残疾") ? value.substring(0, value.length() - 2) : value;
        String kind = DISABILITY_KINDS.get(text.toUpperCase(Locale.ROOT));
        if (kind == null) {
            throw new RowRejection(field, "must be one of 视力, 听力, 言语, 肢体, 智力, 精神, 多重");
        }
        return kind;
    }

    static Integer disabilityGrade(String field, String value) {
        if (value == null) {
            return null;
        }
        String text = value.endsWith("级") ? value.substring(0, value.length() - 1) : value;
        int grade = number(text);
        if (grade < 1 || grade > 4) {
            throw new RowRejection(field, "must be a disability grade from 1 to 4 (一级 to 四级)");
        }
        return grade;
    }

    static LocalDate date(String field, String value) {
        Matcher matcher = DATE.matcher(value);
        if (!matcher.matches()) {
            matcher = COMPACT_DATE.matcher(value);
        }
        if (!matcher.matches()) {
            throw new RowRejection(field, "must be a date such as 2024-09-01");
        }
        try {
            return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
        } catch (DateTimeException e) {
            throw new RowRejection(field, "is not a real date");
        }
    }

    /** 1 to 99 in digits, or 一 to 十二 in Chinese numerals; -1 otherwise. */
    static int number(String text) {
        if (SMALL_NUMBER.matcher(text).matches()) {
            return Integer.parseInt(text);
        }
        if (text.length() == 1 && CHINESE_NUMERALS.indexOf(text.charAt(0)) >= 0) {
            return CHINESE_NUMERALS.indexOf(text.charAt(0)) + 1;
        }
        if (text.length() == 2 && text.charAt(0) == '十' && CHINESE_NUMERALS.indexOf(text.charAt(1)) >= 0
                && text.charAt(1) != '十') {
            return 10 + CHINESE_NUMERALS.indexOf(text.charAt(1)) + 1;
        }
        return -1;
    }
}
