package org.eduaid.contracts.enrollment;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * A student started at a school; from now on this is the student's one active enrolment.
 *
 * @param stage PRESCHOOL, PRIMARY, JUNIOR_SECONDARY, SENIOR_SECONDARY, SECONDARY_VOCATIONAL,
 *        HIGHER_EDUCATION; readers treat an unknown value as "other"
 * @param grade year within the stage, from 1
 * @param enrolledOn ISO date the enrolment starts
 */
@EventType(name = "eduaid.enrollment.StudentEnrolled", version = 1)
public record StudentEnrolled(String studentId, String schoolCode, String countyCode, String stage, int grade,
        boolean boarding, String enrolledOn, Instant recordedAt) {
}
