package org.eduaid.subsidy.disbursement.domain;

/** A step the payment's state does not allow (for example recovering money that never left). */
public class PaymentTransitionException extends RuntimeException {

    public PaymentTransitionException(String step, PaymentState state) {
        super("A payment that is " + state + " cannot be " + step + ".");
    }

    public PaymentTransitionException(String message) {
        super(message);
    }
}
