package org.eduaid.subsidy.disbursement.domain;

/** Why an approved student is not paid by a batch; the gap list shows it. */
public enum HoldReason {
    /** Not actively enrolled (withdrawn, suspended, graduated, or unknown here) when the batch is computed. */
    NOT_ENROLLED,
    /** Put forward automatically and no longer eligible for the programme. */
    NO_LONGER_ELIGIBLE,
    /** The payment for this student, programme and term exists already, from this or another county. */
    ALREADY_PAID,
    /** Enrolled at a school of another county: that county's batch pays. */
    MOVED,
    /** No amount standard of the programme applies to the student's stage, locality and region. */
    NO_STANDARD
}
