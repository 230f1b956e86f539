package org.eduaid.enrollment.dropout.application;

import org.eduaid.kit.web.ConflictException;

/** The child already has an open case; a second one is never opened (409). */
public class ChildHasOpenCaseException extends ConflictException {

    public ChildHasOpenCaseException() {
        super("The child already has an open out-of-school case.");
    }
}
