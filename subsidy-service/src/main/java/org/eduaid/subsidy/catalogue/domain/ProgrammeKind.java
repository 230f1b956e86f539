package org.eduaid.subsidy.catalogue.domain;

/** What a programme gives. A student-origin loan is a contract the student repays, not a grant. */
public enum ProgrammeKind {
    GRANT, FEE_EXEMPTION, LIVING_ALLOWANCE, NUTRITION, THREE_GUARANTEES, STUDENT_LOAN
}
