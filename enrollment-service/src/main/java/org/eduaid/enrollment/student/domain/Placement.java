package org.eduaid.enrollment.student.domain;

import java.util.Objects;

/** Where and in which class a student is to study: the school, its county, stage, grade and boarding. */
public record Placement(String schoolCode, String countyCode, Stage stage, int grade, boolean boarding) {

    public Placement {
        if (schoolCode == null || !schoolCode.matches("\\d{10}")) {
            throw new IllegalArgumentException("a school code is exactly 10 digits");
        }
        if (countyCode == null || !countyCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("a school's county is a 6-digit code");
        }
        Objects.requireNonNull(stage, "stage");
        if (grade < 1 || grade > 12) {
            throw new IllegalArgumentException("grade must be from 1 to 12");
        }
    }
}
