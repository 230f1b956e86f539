package org.eduaid.contracts.subsidy;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * A student with an application transferred to a school in another county, which now handles the
 * application; its state (even an approval) stands for the rest of the school year.
 */
@EventType(name = "eduaid.subsidy.AidApplicationMoved", version = 1)
public record AidApplicationMoved(String applicationId, String studentId, String programmeCode, String schoolYear,
        String fromCountyCode, String toCountyCode, Instant movedAt) {
}
