package org.eduaid.subsidy.disbursement.application;

import org.eduaid.subsidy.calendar.Term;

/**
 * The one payment a student can get from a programme in a term, named so that a second one,
 * from any county or batch, collides with the first in the store.
 */
public final class PaymentId {

    private PaymentId() {
    }

    public static String of(String studentId, String programmeCode, Term term) {
        return studentId + "~" + programmeCode + "~" + term.id();
    }
}
