package org.eduaid.enrollment.student.domain;

/** Where one enrolment stands. Only ACTIVE and SUSPENDED hold the student's place at the school. */
public enum EnrolmentState {
    ACTIVE, SUSPENDED, TRANSFERRED_OUT, WITHDRAWN, GRADUATED;

    public boolean holdsPlace() {
        return this == ACTIVE || this == SUSPENDED;
    }
}
