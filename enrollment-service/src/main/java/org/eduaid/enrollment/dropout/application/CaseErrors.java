package org.eduaid.enrollment.dropout.application;

import org.eduaid.enrollment.dropout.domain.CaseTransitionException;
import org.eduaid.enrollment.dropout.domain.InvalidCaseDataException;
import org.eduaid.kit.outbox.AggregateAlreadyExistsException;
import org.eduaid.kit.web.ConflictException;
import org.eduaid.kit.web.InvalidRequestException;

/** The domain's refusals in the API's terms: broken data is a 400, a step the state forbids a 409. */
final class CaseErrors {

    private CaseErrors() {
    }

    static Throwable translate(Throwable failure) {
        if (failure instanceof InvalidCaseDataException) {
            InvalidCaseDataException invalid = (InvalidCaseDataException) failure;
            return InvalidRequestException.of(invalid.field(), invalid.rule());
        }
        if (failure instanceof CaseTransitionException) {
            return new ConflictException(capitalised(failure.getMessage()) + ".");
        }
        if (failure instanceof AggregateAlreadyExistsException) {
            // case ids are random: a duplicate key is the one-open-case-per-child index
            return new ChildHasOpenCaseException();
        }
        return failure;
    }

    private static String capitalised(String message) {
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
