package org.eduaid.subsidy.disbursement.domain;

/**
 * Where a payment stands, derived from its last entry that moves it.
 * APPROVED (sealed) → RELEASED (sent to the bank) → DISBURSED | FAILED; DISBURSED → RETURNED | RECOVERED;
 * FAILED | RETURNED → RESUBMITTED → RELEASED again; APPROVED → STOPPED (the student left before release).
 */
public enum PaymentState {
    APPROVED, RELEASED, DISBURSED, FAILED, RETURNED, RESUBMITTED, STOPPED, RECOVERED;

    /** On the county's retry list: the money did not reach the student and nothing is lost. */
    public boolean awaitsRetry() {
        return this == FAILED || this == RETURNED;
    }
}
