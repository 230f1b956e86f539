package org.eduaid.kit.web;

/** The request contradicts the current state (a duplicate, a stale version); answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
