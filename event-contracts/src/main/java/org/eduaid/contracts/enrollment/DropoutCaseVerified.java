package org.eduaid.contracts.enrollment;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * A household visit (入户核查) settled whether the child is really out of school.
 *
 * @param finding GENUINE, or why not: ENROLLED_ELSEWHERE, MOVED_AWAY, ABROAD, DECEASED, DATA_ERROR
 * @param genuine whether the finding is GENUINE; a case that is not goes on to be closed
 * @param visitedOn ISO date of the visit
 */
@EventType(name = "eduaid.enrollment.DropoutCaseVerified", version = 1)
public record DropoutCaseVerified(String caseId, String childId, String countyCode, String finding, boolean genuine,
        String visitedOn, Instant verifiedAt) {
}
