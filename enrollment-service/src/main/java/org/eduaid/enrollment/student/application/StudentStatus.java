package org.eduaid.enrollment.student.application;

import java.time.LocalDate;

import org.eduaid.enrollment.person.PersonId;

/**
 * A student's enrolment and priority flags as they stand.
 *
 * @param enrolment NONE (registered, never enrolled), ACTIVE, SUSPENDED, WITHDRAWN or GRADUATED
 * @param schoolCode the school of the current or last enrolment, {@code null} for NONE
 * @param schoolCountyCode that school's county, {@code null} for NONE
 * @param since when the enrolment reached its current state, {@code null} for NONE
 * @param withdrawalReason why the student withdrew, only for WITHDRAWN
 */
public record StudentStatus(PersonId id, String householdCountyCode, Enrolment enrolment, String schoolCode,
        String schoolCountyCode, LocalDate since, String withdrawalReason, boolean registeredPoor, boolean orphan,
        boolean disabled, boolean leftBehind) {

    public enum Enrolment {
        NONE, ACTIVE, SUSPENDED, WITHDRAWN, GRADUATED
    }

    public boolean activelyEnrolled() {
        return enrolment == Enrolment.ACTIVE;
    }
}
