package org.eduaid.enrollment.roster.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One comparison of a county's school-age roster with enrolments.
 *
 * @param trigger ON_DEMAND or SCHEDULED
 * @param counts what it found so far (all of it once COMPLETED)
 * @param failure why it stopped, for FAILED only (no personal data)
 */
public record ComparisonRun(String id, String countyCode, Status status, String trigger, String requestedBy,
        LocalDate referenceDate, Instant startedAt, Instant finishedAt, ComparisonCounts counts, String failure) {

    public enum Status {
        RUNNING, COMPLETED, FAILED
    }

    public ComparisonRun completed(ComparisonCounts found, Instant now) {
        return new ComparisonRun(id, countyCode, Status.COMPLETED, trigger, requestedBy, referenceDate, startedAt, now,
                found, null);
    }

    public ComparisonRun failed(ComparisonCounts found, String why, Instant now) {
        return new ComparisonRun(id, countyCode, Status.FAILED, trigger, requestedBy, referenceDate, startedAt, now,
                found, why);
    }
}
