package org.eduaid.enrollment.dropout.domain;

/** Where a case stands in the workflow; {@link #CLOSED} is final (销号). */
public enum CaseState {
    /** Opened, not yet verified by a household visit (疑似). */
    REPORTED,
    /** The visit found the child really out of school (确认失学). */
    VERIFIED_GENUINE,
    /** The visit found otherwise (非真实性失学); can only be closed. */
    NOT_GENUINE,
    /** Two responsible officials persuade the child back before a deadline (劝返). */
    PERSUASION,
    RETURNED,
    PLACED,
    DEFERRED,
    EXEMPTED,
    CLOSED
}
