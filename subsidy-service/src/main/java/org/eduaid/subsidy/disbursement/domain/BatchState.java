package org.eduaid.subsidy.disbursement.domain;

/**
 * DRAFT (previewed, not yet paying anybody) → SEALING (payments being written; resumable) → SEALED
 * (amounts fixed, money committed) → RELEASING (resumable) → RELEASED (sent to the bank).
 */
public enum BatchState {
    DRAFT, SEALING, SEALED, RELEASING, RELEASED
}
