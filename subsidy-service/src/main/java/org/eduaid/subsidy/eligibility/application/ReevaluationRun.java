package org.eduaid.subsidy.eligibility.application;

import java.time.Instant;

/**
 * Where one re-evaluation of every student stands.
 *
 * @param state RUNNING, DONE or FAILED
 * @param passes how many times it went over every student: a request during a run adds one more
 * @param total students when the current pass started
 * @param processed students decided in the current pass
 * @param changed students whose decisions changed, over all passes
 */
public record ReevaluationRun(String id, String reason, String state, int passes, long total, long processed,
        long changed, Instant startedAt, Instant finishedAt, String failure) {
}
