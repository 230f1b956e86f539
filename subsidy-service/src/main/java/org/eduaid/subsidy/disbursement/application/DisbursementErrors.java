package org.eduaid.subsidy.disbursement.application;

import org.eduaid.kit.web.ConflictException;
import org.eduaid.subsidy.disbursement.domain.BatchTransitionException;
import org.eduaid.subsidy.disbursement.domain.PaymentTransitionException;

/** Domain refusals as the kit's problem answers: a step the state does not allow is a 409. */
final class DisbursementErrors {

    private DisbursementErrors() {
    }

    static Throwable translate(Throwable failure) {
        if (failure instanceof PaymentTransitionException || failure instanceof BatchTransitionException) {
            return new ConflictException(failure.getMessage());
        }
        return failure;
    }
}
