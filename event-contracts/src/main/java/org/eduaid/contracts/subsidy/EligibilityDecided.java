package org.eduaid.contracts.subsidy;

import java.time.Instant;
import java.util.List;

import org.eduaid.contracts.EventType;

/**
 * A student's eligibility was decided anew and differs from before (or is decided for the first
 * time). Carries every programme's decision as it now stands.
 *
 * @param countyCode the county responsible for the student's aid (the school's, else the household's)
 * @param changed programme codes whose decision changed with this event
 */
@EventType(name = "eduaid.subsidy.EligibilityDecided", version = 1)
public record EligibilityDecided(String studentId, String countyCode, String schoolCode, String stage,
        List<Decision> decisions, List<String> changed, Instant decidedAt) {

    /**
     * @param ruleCode the rule that made the student eligible, or {@code null} when none did
     */
    public record Decision(String programmeCode, boolean eligible, String ruleCode) {
    }
}
