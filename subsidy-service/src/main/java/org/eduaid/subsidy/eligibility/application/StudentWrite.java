package org.eduaid.subsidy.eligibility.application;

import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.subsidy.eligibility.domain.StudentEligibility;

/**
 * One student's write of a batch: the decided student with its events, the request its events
 * belong to, and (for a change) the version it was read at.
 */
public record StudentWrite(long expectedVersion, ResultWithEvents<StudentEligibility> result, TraceContext trace) {

    public String studentId() {
        return result.aggregate().studentId();
    }
}
