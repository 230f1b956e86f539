package org.eduaid.benchmarks.teacher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eduaid.kit.privacy.ResidentIdNumber;

/**
 * A generated province: its real counties (from the division list the services carry), a number of
 * schools in each (seven in ten rural, one rural school in five a teaching point) and teachers spread
 * evenly over the schools with careers of 1 to 30 years. Generated from indexes, so every run is alike.
 */
final class Province {

    record School(String code, String countyCode, String kind, boolean rural) {
    }

    record Teacher(String idNumber, String name, String subject, School school, LocalDate since, boolean backbone) {
    }

    private static final String[] SUBJECTS = {"CHINESE", "MATHEMATICS", "ENGLISH", "SCIENCE", "PHYSICAL_EDUCATION", "MUSIC", "ART"};
    private static final String[] SURNAMES = {"张", "王", "李", "刘", "陈", "杨", "乌", "巴", "其", "包"};

    private final List<String> counties;
    private final List<School> schools = new ArrayList<>();
    private final int teachers;

    Province(String provinceCode, int schoolsPerCounty, int teachers) {
        this.counties = countiesOf(provinceCode);
        this.teachers = teachers;
        for (int c = 0; c < counties.size(); c++) {
            for (int s = 0; s < schoolsPerCounty; s++) {
                boolean rural = s % 10 < 7;
                String kind = rural && s % 5 == 0 ? "TEACHING_POINT" : (s % 2 == 0 ? "PRIMARY" : "JUNIOR_SECONDARY");
                schools.add(new School(String.format("7%03d%06d", c % 1000, s), counties.get(c), kind, rural));
            }
        }
    }

    List<String> counties() {
        return counties;
    }

    List<School> schools() {
        return schools;
    }

    int teacherCount() {
        return teachers;
    }

    Teacher teacher(int index) {
        School school = schools.get(index % schools.size());
        LocalDate birth = LocalDate.of(1966, 1, 1).plusDays(index / 997 % 9000);
        String idNumber = ResidentIdNumber.compose(school.countyCode(), birth, 1 + index % 997);
        LocalDate since = LocalDate.of(1996 + index % 30, 9, 1);
        return new Teacher(idNumber, SURNAMES[index % SURNAMES.length] + "老师" + index % 100,
                SUBJECTS[index % SUBJECTS.length], school, since, index % 5 == 0);
    }

    /** How many of the teachers are at a rural school, and so paid the allowance for a month. */
    long ruralTeachers() {
        long rural = 0;
        for (int i = 0; i < teachers; i++) {
            if (schools.get(i % schools.size()).rural()) {
                rural++;
            }
        }
        return rural;
    }

    private static List<String> countiesOf(String provinceCode) {
        List<String> found = new ArrayList<>();
        try (InputStream in = Province.class.getClassLoader().getResourceAsStream("regions/areas.csv")) {
            if (in == null) {
                throw new IllegalStateException("regions/areas.csv is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String code = line.split(",", 2)[0];
                if (code.length() == 6 && code.startsWith(provinceCode) && !code.endsWith("00")) {
                    found.add(code);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no counties of province " + provinceCode + " in the division list");
        }
        return found;
    }
}
