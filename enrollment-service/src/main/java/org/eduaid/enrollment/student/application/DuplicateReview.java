package org.eduaid.enrollment.student.application;

import java.time.Instant;
import java.util.List;

/**
 * Two students with the same name, sex and birth date under different ID numbers in different
 * counties: perhaps one child registered twice. Kept for an officer to decide; never merged.
 *
 * @param id {@code <studentId>.<studentId>}, the two ids in order, so a pair is reported once
 * @param decision DIFFERENT_PEOPLE or SAME_PERSON once resolved
 */
public record DuplicateReview(String id, List<Student> students, Instant detectedAt, String status, String decision,
        String note, String resolvedBy, Instant resolvedAt) {

    public record Student(String studentId, String maskedIdNumber, String maskedName, String householdCountyCode,
            String enrolmentCountyCode) {
    }

    public boolean concerns(java.util.function.Predicate<String> countyVisible) {
        return students.stream().anyMatch(s -> countyVisible.test(s.householdCountyCode())
                || s.enrolmentCountyCode() != null && countyVisible.test(s.enrolmentCountyCode()));
    }
}
