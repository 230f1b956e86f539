package org.eduaid.contracts.enrollment;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * A child left a county's roster.
 *
 * @param reason MOVED_OUT or DECEASED
 */
@EventType(name = "eduaid.enrollment.RosterChildRemoved", version = 1)
public record RosterChildRemoved(String childId, String countyCode, String reason, String effectiveOn,
        Instant recordedAt) {
}
