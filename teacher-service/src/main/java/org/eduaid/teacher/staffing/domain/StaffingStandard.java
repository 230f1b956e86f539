package org.eduaid.teacher.staffing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/**
 * Students per teacher a province staffs its schools by, per stage. The defaults are the national
 * standard that since 2014 has been the same for county towns and the countryside (中央编办、教育部
 * 《关于统一城乡中小学教职工编制标准的通知》): senior secondary 1:12.5, junior secondary 1:13.5, primary
 * 1:19. Preschool (1:15) and secondary vocational (1:20) are assumptions of this platform until a
 * province sets its own.
 */
public record StaffingStandard(String provinceCode, Map<String, BigDecimal> studentsPerTeacher) {

    public static final Map<String, BigDecimal> NATIONAL = Map.of(
            "PRESCHOOL", new BigDecimal("15"),
            "PRIMARY", new BigDecimal("19"),
            "JUNIOR_SECONDARY", new BigDecimal("13.5"),
            "SENIOR_SECONDARY", new BigDecimal("12.5"),
            "SECONDARY_VOCATIONAL", new BigDecimal("20"));

    public StaffingStandard {
        if (!provinceCode.matches("\\d{2}")) {
            throw new IllegalArgumentException("a province code is two digits");
        }
        studentsPerTeacher.forEach((stage, ratio) -> {
            if (ratio.signum() <= 0 || ratio.scale() > 1) {
                throw new IllegalArgumentException("students per teacher of " + stage
                        + " must be positive, to one decimal place at most");
            }
        });
        studentsPerTeacher = Map.copyOf(new TreeMap<>(studentsPerTeacher));
    }

    public static StaffingStandard national(String provinceCode) {
        return new StaffingStandard(provinceCode, NATIONAL);
    }

    /**
     * Teachers a school needs for its students: each stage's students divided by its ratio, rounded up
     * (a school with 20 primary pupils needs 2 teachers, not 1.05). Stages without a ratio need none here.
     */
    public int requiredTeachers(Map<String, Integer> studentsByStage) {
        int required = 0;
        for (Map.Entry<String, Integer> stage : studentsByStage.entrySet()) {
            BigDecimal ratio = studentsPerTeacher.get(stage.getKey());
            if (ratio != null && stage.getValue() > 0) {
                required += BigDecimal.valueOf(stage.getValue()).divide(ratio, 0, RoundingMode.CEILING).intValueExact();
            }
        }
        return required;
    }
}
