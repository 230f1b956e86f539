package org.eduaid.contracts.enrollment;

import java.time.Instant;
import java.util.List;

import org.eduaid.contracts.EventType;

/**
 * A student's household flags changed, from an outside system's record or an officer's edit.
 *
 * @param flags all flags as they now stand
 * @param changed the flags that changed: REGISTERED_POOR, DIBAO, TEKUN, ORPHAN, DISABILITY, LEFT_BEHIND, RELOCATED
 * @param source who said so: poverty-registry, civil-affairs, disability-federation, import or the officer's role
 * @param effectiveOn the day the change took effect according to the source (ISO date), or {@code null}
 */
@EventType(name = "eduaid.enrollment.StudentFlagsChanged", version = 1)
public record StudentFlagsChanged(String studentId, HouseholdFlags flags, List<String> changed, String source,
        String effectiveOn, Instant changedAt) {
}
