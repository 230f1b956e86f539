package org.eduaid.contracts.enrollment;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * The child's schooling was deferred or the child exempted on health grounds (缓学/免学).
 *
 * @param decision DEFERRED or EXEMPTED
 * @param until ISO date a deferral ends, {@code null} for an exemption
 */
@EventType(name = "eduaid.enrollment.DropoutCaseDeferred", version = 1)
public record DropoutCaseDeferred(String caseId, String childId, String countyCode, String decision, String until,
        Instant recordedAt) {
}
