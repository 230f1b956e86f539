package org.eduaid.teacher.rotation.domain;

/** Which way an exchange goes between urban and rural schools. */
public enum Direction {
    URBAN_TO_RURAL, RURAL_TO_URBAN, WITHIN_RURAL, WITHIN_URBAN;

    public static Direction of(boolean fromRural, boolean toRural) {
        if (fromRural) {
            return toRural ? WITHIN_RURAL : RURAL_TO_URBAN;
        }
        return toRural ? URBAN_TO_RURAL : WITHIN_URBAN;
    }
}
