package org.eduaid.subsidy.disbursement.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the append-only payment ledger.
 *
 * @param amountFen the change to what the student is owed, signed: {@code +amount} when approved,
 *        {@code -amount} when stopped, {@code -recovered} when money is recovered (追回); 0 for the steps
 *        that only move the money along (released, disbursed, failed, returned, resubmitted). The sum
 *        of a payment's entries is what it finally pays.
 * @param batchId the batch the step happened in
 * @param reason the bank's reason code, the stop or recovery reason, or the bank's value date for a
 *        disbursement; {@code null} otherwise
 */
public record PaymentEntry(EntryType type, long amountFen, Instant at, String by, String batchId, String reason) {

    public PaymentEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
    }
}
