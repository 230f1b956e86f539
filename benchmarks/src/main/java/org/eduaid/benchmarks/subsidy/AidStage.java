package org.eduaid.benchmarks.subsidy;

/**
 * The stages of enrollment's {@code StudentEnrolled} events, with what the generator needs to make a
 * plausible student of each: the school kind the stage is taught at, the age of its first grade and
 * how many grades it has.
 */
enum AidStage {

    PRESCHOOL("KINDERGARTEN", 3, 3),
    PRIMARY("PRIMARY", 6, 6),
    JUNIOR_SECONDARY("JUNIOR_SECONDARY", 12, 3),
    SENIOR_SECONDARY("SENIOR_SECONDARY", 15, 3),
    SECONDARY_VOCATIONAL("SECONDARY_VOCATIONAL", 15, 3),
    HIGHER_EDUCATION("UNIVERSITY", 18, 4);

    private final String schoolKind;
    private final int firstGradeAge;
    private final int grades;

    AidStage(String schoolKind, int firstGradeAge, int grades) {
        this.schoolKind = schoolKind;
        this.firstGradeAge = firstGradeAge;
        this.grades = grades;
    }

    String schoolKind() {
        return schoolKind;
    }

    int grades() {
        return grades;
    }

    /** The year a child in {@code grade} of this stage was born, in the school year starting in {@code startYear}. */
    int birthYear(int startYear, int grade) {
        return startYear - firstGradeAge - (grade - 1);
    }

    boolean compulsory() {
        return this == PRIMARY || this == JUNIOR_SECONDARY;
    }
}
