package org.eduaid.enrollment.roster.application;

/**
 * Why a school-age child on the roster may be out of school.
 *
 * @param detail for the officer who verifies it: the withdrawal reason, the days absent
 */
public record Suspicion(Reason reason, String detail) {

    public enum Reason {
        NO_ENROLMENT, WITHDREW, PROLONGED_ABSENCE
    }
}
