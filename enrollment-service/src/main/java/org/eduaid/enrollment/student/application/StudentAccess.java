package org.eduaid.enrollment.student.application;

import org.eduaid.contracts.identity.Role;
import org.eduaid.enrollment.school.domain.School;
import org.eduaid.enrollment.student.domain.Enrolment;
import org.eduaid.enrollment.student.domain.Student;
import org.eduaid.kit.security.Caller;

/**
 * Who may see and change which student. A clerk sees the students of their school (the school of
 * the current or last enrolment); everybody else those whose current enrolment or household lies
 * in their scope, so both the county where the child studies and the county of the household can act.
 */
final class StudentAccess {

    static final Role[] WRITERS = { Role.SCHOOL_CLERK, Role.COUNTY_OFFICER, Role.PLATFORM_ADMIN };
    static final Role[] OFFICERS = { Role.COUNTY_OFFICER, Role.PLATFORM_ADMIN };

    private StudentAccess() {
    }

    static boolean canSee(Caller caller, Student student) {
        if (caller.role() == Role.SCHOOL_CLERK) {
            return student.lastEnrolment().map(Enrolment::schoolCode).map(school -> caller.school().map(school::equals)
                    .orElse(false)).orElse(false);
        }
        return caller.canSeeRegion(student.household().countyCode())
                || student.lastEnrolment().map(last -> caller.canSeeRegion(last.countyCode())).orElse(false);
    }

    static boolean canActAt(Caller caller, School school) {
        return caller.canSeeSchool(school.code().value(), school.countyCode());
    }

    /** The source recorded for a flag a person set: their role and user name. */
    static String sourceOf(Caller caller) {
        return caller.role().name() + ":" + caller.subject();
    }
}
