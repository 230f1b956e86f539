package org.eduaid.contracts.enrollment;

import java.time.Instant;
import java.util.List;

import org.eduaid.contracts.EventType;

/**
 * A school-age child was reported as possibly out of school (疑似失学辍学) and a case opened for
 * the county to follow up. The case id is the subject of every event of the case.
 *
 * @param childId the child's id (the student id, also used on the roster)
 * @param countyCode the county responsible for the case
 * @param reason NO_ENROLMENT, WITHDREW, PROLONGED_ABSENCE or REPORTED
 * @param priorityGroups REGISTERED_POOR, ORPHAN, DISABLED, LEFT_BEHIND, MIGRANT: the groups the child
 *        belongs to when the case opened
 */
@EventType(name = "eduaid.enrollment.DropoutCaseOpened", version = 1)
public record DropoutCaseOpened(String caseId, String childId, String countyCode, String reason,
        List<String> priorityGroups, Instant openedAt) {
}
