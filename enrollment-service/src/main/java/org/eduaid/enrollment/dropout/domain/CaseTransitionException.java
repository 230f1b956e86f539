package org.eduaid.enrollment.dropout.domain;

/** The command does not apply to the case as it stands (a 409 naming the step and the state). */
public class CaseTransitionException extends RuntimeException {

    private final String step;
    private final CaseState from;

    public CaseTransitionException(String step, CaseState from) {
        this(step, from, "a case in state " + from + " cannot " + step);
    }

    public CaseTransitionException(String step, CaseState from, String message) {
        super(message);
        this.step = step;
        this.from = from;
    }

    public String step() {
        return step;
    }

    public CaseState from() {
        return from;
    }
}
