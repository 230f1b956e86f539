package org.eduaid.subsidy.disbursement.domain;

/** The kinds of ledger entry; each names the state it moves the payment to. */
public enum EntryType {
    APPROVED(PaymentState.APPROVED),
    RELEASED(PaymentState.RELEASED),
    DISBURSED(PaymentState.DISBURSED),
    FAILED(PaymentState.FAILED),
    RETURNED(PaymentState.RETURNED),
    RESUBMITTED(PaymentState.RESUBMITTED),
    STOPPED(PaymentState.STOPPED),
    RECOVERED(PaymentState.RECOVERED);

    private final PaymentState state;

    EntryType(PaymentState state) {
        this.state = state;
    }

    public PaymentState state() {
        return state;
    }
}
