package org.eduaid.subsidy.notice.domain;

/** A step the notice's state does not allow (the API answers 409 with this message). */
public class NoticeTransitionException extends RuntimeException {

    public NoticeTransitionException(String message) {
        super(message);
    }
}
