package org.eduaid.teacher.rotation.domain;

/** One line of a rotation plan: who goes from where to where. */
public record PlannedExchange(String teacherId, boolean principal, boolean backbone, String fromSchoolCode,
        boolean fromRural, String toSchoolCode, boolean toRural) {

    public Direction direction() {
        return Direction.of(fromRural, toRural);
    }
}
