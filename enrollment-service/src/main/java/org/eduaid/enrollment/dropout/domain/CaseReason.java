package org.eduaid.enrollment.dropout.domain;

/** Why a case was opened: the roster comparison's findings, or somebody reporting the child. */
public enum CaseReason {
    NO_ENROLMENT, WITHDREW, PROLONGED_ABSENCE, REPORTED
}
