package org.eduaid.benchmarks.subsidy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eduaid.benchmarks.SchoolSeries;

/**
 * The schools the generated students attend, announced with {@code SchoolRegistered} before the
 * students: kindergartens, primary schools (three in five board), junior secondary schools (all
 * board), senior secondary and vocational schools of the county, and one university in the
 * prefecture's city district ({@value #UNIVERSITY_COUNTY}, 红山区 of 赤峰, the city Linxi belongs
 * to): a county has none, and its registered-poor university students study elsewhere.
 */
final class FeedSchools {

    /** Not the other benchmarks' series, so that no two benchmarks share a code. */
    static final SchoolSeries SERIES = new SchoolSeries('6');
    static final String UNIVERSITY_COUNTY = "150402";

    private static final Map<AidStage, Integer> PER_STAGE = Map.of(AidStage.PRESCHOOL, 15, AidStage.PRIMARY, 50,
            AidStage.JUNIOR_SECONDARY, 16, AidStage.SENIOR_SECONDARY, 3, AidStage.SECONDARY_VOCATIONAL, 2,
            AidStage.HIGHER_EDUCATION, 1);
    private static final String AREAS = "regions/areas.csv";

    private final List<School> all = new ArrayList<>();
    private final Map<AidStage, List<School>> boarding = new EnumMap<>(AidStage.class);
    private final Map<AidStage, List<School>> day = new EnumMap<>(AidStage.class);

    FeedSchools(String countyCode) {
        String countyName = countyName(countyCode);
        int index = 0;
        for (AidStage stage : AidStage.values()) {
            List<School> boards = new ArrayList<>();
            List<School> doesNot = new ArrayList<>();
            for (int ordinal = 1; ordinal <= PER_STAGE.get(stage); ordinal++) {
                boolean boardingSchool = stage == AidStage.JUNIOR_SECONDARY || stage == AidStage.PRIMARY && ordinal % 5 < 3;
                boolean university = stage == AidStage.HIGHER_EDUCATION;
                String locality = university || stage == AidStage.SENIOR_SECONDARY
                        || stage == AidStage.SECONDARY_VOCATIONAL || ordinal % 5 == 0 ? "URBAN" : "RURAL";
                School school = new School(SERIES.code(index++), university ? "赤峰基准学院"
                        : countyName + "第" + ordinal + kindName(stage), university ? UNIVERSITY_COUNTY : countyCode,
                        stage.schoolKind(), locality, boardingSchool);
                all.add(school);
                (boardingSchool ? boards : doesNot).add(school);
            }
            boarding.put(stage, boards);
            day.put(stage, doesNot);
        }
    }

    List<School> all() {
        return List.copyOf(all);
    }

    /**
     * A school of the stage for the {@code which}-th student: a boarder at a boarding school, anyone
     * else at a day school where the stage has one (a day student may attend a boarding school).
     */
    School of(AidStage stage, boolean boarder, int which) {
        List<School> candidates = boarder && !boarding.get(stage).isEmpty() ? boarding.get(stage)
                : !day.get(stage).isEmpty() ? day.get(stage) : boarding.get(stage);
        return candidates.get(Math.floorMod(which, candidates.size()));
    }

    private static String kindName(AidStage stage) {
        switch (stage) {
            case PRESCHOOL:
                return "幼儿园";
            case PRIMARY:
                return "小学";
            case JUNIOR_SECONDARY:
                return "中学";
            case SENIOR_SECONDARY:
                return "高级中学";
            case SECONDARY_VOCATIONAL:
                return "职业中学";
            default:
                return "学院";
        }
    }

    /** The county's name from the service kit's division list, or its code where the list does not have it. */
    static String countyName(String countyCode) {
        try (InputStream in = FeedSchools.class.getClassLoader().getResourceAsStream(AREAS)) {
            if (in == null) {
                return countyCode;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.replace("\"", "").split(",");
                if (cells.length >= 2 && cells[0].equals(countyCode)) {
                    return cells[1];
                }
            }
            return countyCode;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@code SchoolRegistered} says of a school. */
    record School(String code, String name, String countyCode, String kind, String locality, boolean boarding) {
    }
}
