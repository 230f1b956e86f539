package org.eduaid.benchmarks.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The roster file the benchmark imports: registered-poor (建档立卡) children of one county, generated
 * row by row from the row's index and a seed and written straight to the file, so a file of any size
 * takes no memory. Every row is valid: a distinct GB 11643 ID number of the county (born 2008-2019,
 * see {@link ResidentIds}), a Chinese name and a guardian of the same family name, one of the county's
 * real townships, and for a child of compulsory-school age on the reference date the enrolment its
 * age gives: primary grades 1-6, junior secondary grades 1-3 (national grades 7-9), at one of the
 * {@link CountySchools}, since the September it entered that stage. Children past junior secondary
 * (born 2008 to 2011, on a 2026 reference date) are registered without an enrolment, as the import
 * allows.
 */
final class StudentFile {

    static final String COUNTY = "150424";
    static final String COUNTY_NAME = "林西县";

    private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
            "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
            "彭", "曾", "于", "董", "萧", "程", "田", "包", "白", "乌", "宝", "那" };
    private static final String GIVEN_CHARACTERS = "子涵欣怡梓轩浩宇一诺雨泽思彤俊熙佳琪博文若汐晨阳嘉怡明轩紫萱"
            + "雅琴天佑静怡宇航诗雨志远梦琪奕辰欣妍铭泽可馨其其格巴特尔苏日娜额尔敦";
    private static final String[] GUARDIAN_GIVEN_NAMES = { "建国", "秀英", "志强", "桂兰", "海燕", "德明", "春梅",
            "玉兰", "国华", "淑珍", "宝山", "凤英", "金花", "长林", "永刚", "丽娟" };
    private static final int PRIMARY_YEARS = 6;
    private static final int COMPULSORY_YEARS = 9;

    private final String countyCode;
    private final List<Townships.Township> townships;
    private final CountySchools schools;
    private final int schoolYear;
    private final long seed;
    private final ResidentIds idNumbers;

    /**
     * @param referenceDate the day the file is as of: it decides each child's grade
     */
    StudentFile(String countyCode, List<Townships.Township> townships, CountySchools schools, LocalDate referenceDate,
            long seed) {
        this.countyCode = countyCode;
        this.townships = List.copyOf(townships);
        this.schools = schools;
        this.schoolYear = referenceDate.getMonthValue() >= 9 ? referenceDate.getYear() : referenceDate.getYear() - 1;
        this.seed = seed;
        this.idNumbers = new ResidentIds(countyCode, seed);
    }

    /** How many rows the file can have: one per distinct ID number. */
    long capacity() {
        return idNumbers.capacity();
    }

    /** The child of row {@code index} (0-based, after the header); the same for the same index and seed. */
    Student student(long index) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        String idNumber = idNumbers.number(index);
        String surname = SURNAMES[random.nextInt(SURNAMES.length)];
        String name = surname + given(random, 1 + random.nextInt(2));
        String guardian = surname + GUARDIAN_GIVEN_NAMES[random.nextInt(GUARDIAN_GIVEN_NAMES.length)];
        String township = townships.get(random.nextInt(townships.size())).code();
        return new Student(idNumber, name, countyCode, township, guardian, enrolment(idNumber, random));
    }

    private static String given(SplittableRandom random, int characters) {
        StringBuilder given = new StringBuilder();
        for (int i = 0; i < characters; i++) {
            given.append(GIVEN_CHARACTERS.charAt(random.nextInt(GIVEN_CHARACTERS.length())));
        }
        return given.toString();
    }

    /** The enrolment the child's age gives on the reference date, or {@code null} outside grades 1 to 9. */
    private Enrolment enrolment(String idNumber, SplittableRandom random) {
        LocalDate born = ResidentIds.birthDate(idNumber);
        // school starts in the September after the sixth birthday, if that falls before September
        int firstYear = born.getYear() + (born.getMonthValue() < 9 ? 6 : 7);
        int year = schoolYear - firstYear + 1;
        if (year < 1 || year > COMPULSORY_YEARS) {
            return null;
        }
        if (year <= PRIMARY_YEARS) {
            CountySchools.School school = schools.primary(random.nextInt(Integer.MAX_VALUE));
            return new Enrolment(school.code(), CountySchools.PRIMARY, year,
                    school.boarding() && random.nextInt(3) == 0, LocalDate.of(firstYear, 9, 1));
        }
        CountySchools.School school = schools.junior(random.nextInt(Integer.MAX_VALUE));
        return new Enrolment(school.code(), CountySchools.JUNIOR_SECONDARY, year - PRIMARY_YEARS,
                random.nextInt(5) < 3, LocalDate.of(firstYear + PRIMARY_YEARS, 9, 1));
    }

    /** Writes the header and {@code rows} rows, one at a time. */
    void write(ImportKind kind, long rows, Writer out) throws IOException {
        if (rows > capacity()) {
            throw new IllegalArgumentException("at most " + capacity() + " rows have distinct ID numbers");
        }
        out.write(String.join(",", kind.header()));
        out.write('\n');
        for (long index = 0; index < rows; index++) {
            out.write(line(kind, student(index)));
            out.write('\n');
        }
    }

    /** Writes the file in UTF-8 and returns its size in bytes. */
    long write(ImportKind kind, long rows, Path file) throws IOException {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            write(kind, rows, out);
        }
        return Files.size(file);
    }

    /** One CSV line, without its line break: no value holds a comma or a quote, so none is quoted. */
    static String line(ImportKind kind, Student student) {
        if (kind == ImportKind.ROSTER) {
            return String.join(",", student.idNumber(), student.name(), student.countyCode(), student.townshipCode());
        }
        Enrolment enrolment = student.enrolment();
        return String.join(",", student.idNumber(), student.name(), student.countyCode(), student.townshipCode(),
                student.guardianName(), "true",
                enrolment == null ? "" : enrolment.schoolCode(),
                enrolment == null ? "" : enrolment.stage(),
                enrolment == null ? "" : Integer.toString(enrolment.grade()),
                enrolment == null ? "" : Boolean.toString(enrolment.boarding()),
                enrolment == null ? "" : enrolment.enrolledOn().toString());
    }

    record Student(String idNumber, String name, String countyCode, String townshipCode, String guardianName,
            Enrolment enrolment) {
    }

    record Enrolment(String schoolCode, String stage, int grade, boolean boarding, LocalDate enrolledOn) {
    }
}
