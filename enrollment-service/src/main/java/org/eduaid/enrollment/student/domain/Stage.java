package org.eduaid.enrollment.student.domain;

/** Stages of schooling, in the order a child passes through them; the name is what goes on the wire. */
public enum Stage {
    PRESCHOOL, PRIMARY, JUNIOR_SECONDARY, SENIOR_SECONDARY, SECONDARY_VOCATIONAL, HIGHER_EDUCATION;

    /** Whether {@code (this, grade)} comes after {@code (other, otherGrade)}: promotion never goes back. */
    public boolean isAfter(int grade, Stage other, int otherGrade) {
        return ordinal() > other.ordinal() || this == other && grade > otherGrade;
    }
}
