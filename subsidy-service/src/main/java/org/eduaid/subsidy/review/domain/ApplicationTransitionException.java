package org.eduaid.subsidy.review.domain;

/** A step the application's state does not allow (the API answers 409 with this message). */
public class ApplicationTransitionException extends RuntimeException {

    public ApplicationTransitionException(String action, ApplicationState state, String why) {
        super("cannot " + action + " an application that is " + state + (why == null ? "" : ": " + why));
    }
}
