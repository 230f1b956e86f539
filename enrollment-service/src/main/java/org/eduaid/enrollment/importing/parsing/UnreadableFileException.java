package org.eduaid.enrollment.importing.parsing;

/** The file as a whole cannot be imported (no usable header, too many rows); the message says why, without data from it. */
public class UnreadableFileException extends RuntimeException {

    public UnreadableFileException(String message) {
        super(message);
    }
}
