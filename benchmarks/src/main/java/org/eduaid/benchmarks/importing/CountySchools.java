package org.eduaid.benchmarks.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eduaid.benchmarks.SchoolSeries;

/**
 * The county's schools the generated students are enrolled at, registered through the API before the
 * import: every third a junior secondary school (all boarding, as rural 初中 mostly are), the others
 * primary schools (every fourth boarding), named after the county's real townships.
 */
final class CountySchools {

    static final String PRIMARY = "PRIMARY";
    static final String JUNIOR_SECONDARY = "JUNIOR_SECONDARY";

    /** Not the security benchmark's series, so the two never share a code. */
    private static final SchoolSeries SERIES = new SchoolSeries('3');

    private final String countyCode;
    private final String countyName;
    private final List<Townships.Township> townships;
    private final List<School> primary = new ArrayList<>();
    private final List<School> junior = new ArrayList<>();
    private final List<School> all = new ArrayList<>();

    CountySchools(String countyCode, String countyName, List<Townships.Township> townships, int count) {
        if (count < 2) {
            throw new IllegalArgumentException("--schools must be at least 2: a primary and a junior secondary school");
        }
        this.countyCode = countyCode;
        this.countyName = countyName;
        this.townships = List.copyOf(townships);
        for (int index = 0; index < count; index++) {
            String kind = index % 3 == 1 ? JUNIOR_SECONDARY : PRIMARY;
            School school = new School(SERIES.code(index), kind, kind.equals(JUNIOR_SECONDARY) || index % 4 == 0,
                    index);
            all.add(school);
            (kind.equals(PRIMARY) ? primary : junior).add(school);
        }
    }

    List<School> all() {
        return List.copyOf(all);
    }

    School primary(int which) {
        return primary.get(Math.floorMod(which, primary.size()));
    }

    School junior(int which) {
        return junior.get(Math.floorMod(which, junior.size()));
    }

    /** The body of {@code POST /api/enrollment/schools} for this school. */
    Map<String, Object> registration(School school) {
        Townships.Township town = townships.get(school.index() % townships.size());
        String ordinal = "第" + (school.index() / townships.size() + 1);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schoolCode", school.code());
        body.put("name", countyName + town.name() + ordinal + (school.kind().equals(PRIMARY) ? "小学" : "中学"));
        body.put("countyCode", countyCode);
        body.put("kind", school.kind());
        body.put("locality", school.index() % 5 == 0 ? "URBAN" : "RURAL");
        body.put("boarding", school.boarding());
        return body;
    }

    record School(String code, String kind, boolean boarding, int index) {
    }
}
