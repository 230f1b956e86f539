package org.eduaid.enrollment.school.domain;

import java.util.regex.Pattern;

/** The 10-digit school identification code (学校标识码) the Ministry assigns to every school. */
public record SchoolCode(String value) {

    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

    public SchoolCode {
        if (value == null || !TEN_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("a school code is exactly 10 digits");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
