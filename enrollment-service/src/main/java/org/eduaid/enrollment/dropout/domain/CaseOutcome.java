package org.eduaid.enrollment.dropout.domain;

/** How a case ended (销号): the state it was closed from. */
public enum CaseOutcome {
    RETURNED, PLACED, DEFERRED, EXEMPTED, NOT_GENUINE
}
