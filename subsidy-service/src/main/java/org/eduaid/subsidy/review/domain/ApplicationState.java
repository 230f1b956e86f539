package org.eduaid.subsidy.review.domain;

/**
 * Where an application stands. SUBMITTED → ACCEPTED (county review) or REJECTED; ACCEPTED → ON_NOTICE
 * (public notice) → APPROVED, or REJECTED when an objection was upheld; SUBMITTED, ACCEPTED and
 * ON_NOTICE → WITHDRAWN when the student is no longer eligible. APPROVED and REJECTED are final for
 * the school year; a WITHDRAWN one is submitted again if the student becomes eligible again.
 */
public enum ApplicationState {
    SUBMITTED, ACCEPTED, ON_NOTICE, APPROVED, REJECTED, WITHDRAWN;

    /** Still on its way to a decision: what a withdrawal may end. */
    public boolean open() {
        return this == SUBMITTED || this == ACCEPTED || this == ON_NOTICE;
    }
}
