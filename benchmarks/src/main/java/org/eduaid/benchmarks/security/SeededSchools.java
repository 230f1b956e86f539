package org.eduaid.benchmarks.security;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.eduaid.benchmarks.SchoolSeries;

/**
 * The schools the benchmark registers once and then looks up: all in Linxi county (150424), the region
 * of the test county officer whose token the secured requests carry, so every lookup is in scope.
 */
final class SeededSchools {

    static final String COUNTY = "150424";

    private static final SchoolSeries SERIES = new SchoolSeries('2');
    private static final String[] TOWNS = { "林西镇", "新城子镇", "新林镇", "五十家子镇", "官地镇", "大井镇", "统部镇",
            "大营子乡", "十二吐乡" };
    private static final String[] KINDS = { "PRIMARY", "TEACHING_POINT", "JUNIOR_SECONDARY", "NINE_YEAR", "KINDERGARTEN" };

    private SeededSchools() {
    }

    static List<String> codes(int count) {
        return IntStream.range(0, count).mapToObj(SERIES::code).toList();
    }

    /** The registration body of school {@code index}, as the API takes it. */
    static Map<String, Object> registration(int index) {
        String kind = KINDS[index % KINDS.length];
        String town = TOWNS[index % TOWNS.length];
        return Map.of(
                "schoolCode", SERIES.code(index),
                "name", "林西县" + town + "第" + (index / TOWNS.length + 1) + suffix(kind),
                "countyCode", COUNTY,
                "kind", kind,
                "locality", index % 4 == 0 ? "URBAN" : "RURAL",
                "boarding", index % 3 == 0);
    }

    private static String suffix(String kind) {
        switch (kind) {
            case "TEACHING_POINT":
                return "教学点";
            case "JUNIOR_SECONDARY":
                return "中学";
            case "NINE_YEAR":
                return "九年一贯制学校";
            case "KINDERGARTEN":
                return "幼儿园";
            default:
                return "小学";
        }
    }
}
