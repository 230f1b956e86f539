package org.eduaid.subsidy.disbursement.application;

import java.time.LocalDate;

/** One line of the bank's answer: paid (on its value date) or failed (with its reason code). */
public record BankResult(String paymentId, Outcome outcome, String reason, LocalDate valueDate) {

    public enum Outcome {
        DISBURSED, FAILED
    }
}
