package org.eduaid.contracts.enrollment;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * Persuasion (劝返) began under two responsible officials (双线责任), one of the government line and
 * one of the education line, named in enrollment-service; the event carries only the deadline.
 *
 * @param deadline ISO date by which the child should be back or placed
 */
@EventType(name = "eduaid.enrollment.DropoutCasePersuasionStarted", version = 1)
public record DropoutCasePersuasionStarted(String caseId, String childId, String countyCode, String deadline,
        Instant startedAt) {
}
