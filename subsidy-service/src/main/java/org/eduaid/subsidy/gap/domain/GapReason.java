package org.eduaid.subsidy.gap.domain;

/** Why an eligible student has not been paid for the term yet: the county's next step, in the order of the path. */
public enum GapReason {
    /** Put forward, the county has not reviewed it. */
    NOT_REVIEWED,
    /** Accepted, not yet on a public notice. */
    AWAITING_NOTICE,
    /** On a public notice that has not closed. */
    ON_NOTICE,
    /** Approved, in no sealed batch for the term yet. */
    NOT_IN_BATCH,
    /** Approved, but the term's batch was stopped before sealing for lack of budget. */
    BUDGET_EXHAUSTED,
    /** A sealed batch held the student out (e.g. not enrolled) or stopped the payment. */
    HELD,
    /** The bank failed or returned the payment: on the retry list. */
    FAILED_PAYMENT,
    /** Approved or released, waiting for the bank's result. */
    IN_PAYMENT
}
