package org.eduaid.subsidy.catalogue.domain;

import java.util.Set;

/**
 * What subsidy-service knows of a student, kept from enrollment-service's events: everything an
 * eligibility rule or an amount standard may look at, and nothing personal beyond it.
 *
 * @param householdCountyCode county of household registration (户籍)
 * @param disabilityGrade 1 (most severe) to 4, or {@code null} without a certificate
 * @param enrolment the current enrolment, or {@code null} when the student is not at a school
 */
public record StudentFacts(String studentId, String householdCountyCode, Set<HouseholdFlag> flags,
        Integer disabilityGrade, Enrolment enrolment) {

    public StudentFacts {
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }

    public boolean activelyEnrolled() {
        return enrolment != null && enrolment.status() == EnrolmentStatus.ACTIVE;
    }

    /** The county responsible for the student's aid: the school's, else the household's. */
    public String responsibleCountyCode() {
        return enrolment != null ? enrolment.countyCode() : householdCountyCode;
    }

    /**
     * @param schoolKind as in the school registry (KINDERGARTEN, PRIMARY, ..., UNIVERSITY), or {@code null} if unknown
     * @param locality the school's, or {@code null} while the school is not yet known here
     */
    public record Enrolment(String schoolCode, String countyCode, Stage stage, int grade, boolean boarding,
            String schoolKind, Locality locality, EnrolmentStatus status) {
    }

    public enum EnrolmentStatus {
        ACTIVE, SUSPENDED
    }
}
