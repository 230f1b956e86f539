package org.eduaid.contracts.enrollment;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * A student's active enrolment moved to another school, possibly in another county, which takes
 * the student over: the enrolment at the old school ended on {@code transferredOn}.
 */
@EventType(name = "eduaid.enrollment.StudentTransferred", version = 1)
public record StudentTransferred(String studentId, String fromSchoolCode, String fromCountyCode, String toSchoolCode,
        String toCountyCode, String stage, int grade, boolean boarding, String transferredOn, Instant recordedAt) {
}
