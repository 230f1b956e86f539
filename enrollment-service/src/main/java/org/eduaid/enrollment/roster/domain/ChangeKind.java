package org.eduaid.enrollment.roster.domain;

/** What changed a roster entry; the names go on the wire as the reason of the roster events. */
public enum ChangeKind {
    BIRTH, MOVED_IN, MOVED_OUT, DECEASED, IMPORTED
}
