package org.eduaid.kit.web;

/** The caller's role may not take this action at all; answered with 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String detail) {
        super(detail);
    }
}
