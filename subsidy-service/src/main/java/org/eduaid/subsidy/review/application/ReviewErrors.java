package org.eduaid.subsidy.review.application;

import org.eduaid.kit.outbox.AggregateAlreadyExistsException;
import org.eduaid.kit.web.ConflictException;
import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.subsidy.notice.domain.NoticeTransitionException;
import org.eduaid.subsidy.review.domain.ApplicationTransitionException;
import org.eduaid.subsidy.review.domain.InvalidApplicationException;

/** The domain's refusals in the API's terms: broken data is a 400, a step the state forbids a 409. */
public final class ReviewErrors {

    private ReviewErrors() {
    }

    public static Throwable translate(Throwable failure) {
        if (failure instanceof InvalidApplicationException) {
            InvalidApplicationException invalid = (InvalidApplicationException) failure;
            return InvalidRequestException.of(invalid.field(), invalid.rule());
        }
        if (failure instanceof ApplicationTransitionException || failure instanceof NoticeTransitionException) {
            return new ConflictException(capitalised(failure.getMessage()) + ".");
        }
        if (failure instanceof AggregateAlreadyExistsException) {
            return new ConflictException("The student was already put forward for this programme and school year.");
        }
        return failure;
    }

    private static String capitalised(String message) {
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
