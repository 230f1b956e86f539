package org.eduaid.teacher.teacher.domain;

/** Why a teacher left the region's schools. */
public enum DepartureReason {
    RETIRED, RESIGNED, TERM_ENDED, DECEASED, MOVED_AWAY
}
