package org.eduaid.kit.consumer;

/**
 * A record that can never be processed as it is: broken envelope, unknown type, unreadable or
 * invalid payload. It goes straight to the dead-letter topic with this message as the reason, no
 * retries. The message names what is wrong, never the personal data in the record.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String reason) {
        super(reason);
    }

    public InvalidEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
