package org.eduaid.launcher;

/** The platform could not be started; the message says why and what to do about it. */
public final class PlatformStartupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PlatformStartupException(String message) {
        super(message);
    }
}
