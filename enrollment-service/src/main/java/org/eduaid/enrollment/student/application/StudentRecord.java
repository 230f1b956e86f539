package org.eduaid.enrollment.student.application;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import org.eduaid.kit.privacy.ResidentIdNumber;

/**
 * One validated row of a student import: who the child is, the household flags the file states,
 * and optionally the enrolment the school reports.
 *
 * @param flags of REGISTERED_POOR, DIBAO, TEKUN, ORPHAN, LEFT_BEHIND, RELOCATED (disability comes separately)
 * @param disabilityKind VISUAL, HEARING, SPEECH, PHYSICAL, INTELLECTUAL, MENTAL or MULTIPLE, or {@code null}
 * @param disabilityGrade 1 to 4, or {@code null} with no disability
 * @param enrolment the enrolment to hold, or {@code null} for a registry-only row
 */
public record StudentRecord(long rowNumber, ResidentIdNumber idNumber, String name, String householdCountyCode,
        String householdTownshipCode, String householdVillageCode, String guardianName, Set<String> flags,
        String disabilityKind, Integer disabilityGrade, Enrolment enrolment) {

    public StudentRecord {
        Objects.requireNonNull(idNumber, "idNumber");
        flags = Set.copyOf(flags);
    }

    /** @param stage PRESCHOOL, PRIMARY, JUNIOR_SECONDARY, SENIOR_SECONDARY, SECONDARY_VOCATIONAL or HIGHER_EDUCATION */
    public record Enrolment(String schoolCode, String stage, int grade, boolean boarding, LocalDate enrolledOn) {
    }
}
