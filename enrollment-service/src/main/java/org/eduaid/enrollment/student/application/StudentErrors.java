package org.eduaid.enrollment.student.application;

import org.eduaid.enrollment.student.domain.StudentIdNumbers;
import org.eduaid.enrollment.student.domain.StudentRuleException;
import org.eduaid.kit.privacy.InvalidResidentIdNumberException;
import org.eduaid.kit.web.ConflictException;
import org.eduaid.kit.web.InvalidRequestException;

/** Turns the domain's refusals into the API's answers: broken rules of state → 409, bad values → 400. */
public final class StudentErrors {

    private StudentErrors() {
    }

    public static Throwable translate(Throwable failure) {
        if (failure instanceof StudentRuleException rule) {
            return new ConflictException(capitalised(rule.getMessage()) + ".");
        }
        if (failure instanceof InvalidResidentIdNumberException invalid) {
            return InvalidRequestException.of("idNumber", invalid.reason().message());
        }
        if (failure instanceof StudentIdNumbers.UnreadableIdNumberException unreadable) {
            return InvalidRequestException.of("idNumber", unreadable.rule());
        }
        if (failure instanceof IllegalArgumentException invalid) {
            return InvalidRequestException.of("body", invalid.getMessage());
        }
        return failure;
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
