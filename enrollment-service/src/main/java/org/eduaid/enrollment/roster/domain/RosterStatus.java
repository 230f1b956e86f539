package org.eduaid.enrollment.roster.domain;

/** Where a child stands on the roster: counted in its county, gone elsewhere, or dead (final). */
public enum RosterStatus {
    ON_ROSTER, MOVED_OUT, DECEASED
}
