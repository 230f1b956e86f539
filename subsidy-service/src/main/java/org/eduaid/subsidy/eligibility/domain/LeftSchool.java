package org.eduaid.subsidy.eligibility.domain;

/** How a student's last enrolment ended, when the student is at no school now. */
public enum LeftSchool {
    WITHDRAWN, GRADUATED
}
