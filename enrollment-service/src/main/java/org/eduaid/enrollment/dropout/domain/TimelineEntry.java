package org.eduaid.enrollment.dropout.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One step of a case's history: what happened, from which state to which, who did it and when; a
 * visit carries its record, other steps an optional note (e.g. the closure reason).
 */
public record TimelineEntry(Instant at, Step step, CaseState from, CaseState to, Actor by, Visit visit, String note) {

    public enum Step {
        OPENED, VERIFIED, VISITED, PERSUASION_STARTED, RETURNED, PLACED, DEFERRED, EXEMPTED, CLOSED, ESCALATED
    }

    public TimelineEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(by, "by");
    }
}
