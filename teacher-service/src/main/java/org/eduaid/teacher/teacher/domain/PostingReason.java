package org.eduaid.teacher.teacher.domain;

/** Why a posting began. */
public enum PostingReason {
    /** A first or regular posting, including the career before registration. */
    POSTED,
    /** A permanent move to another school. */
    TRANSFERRED,
    /** An exchange (交流轮岗) took the teacher to the school for a while. */
    EXCHANGE_STARTED,
    /** Back at the home school after an exchange. */
    EXCHANGE_ENDED
}
