package org.eduaid.subsidy.eligibility.domain;

import java.time.Instant;

/**
 * A student's standing for one programme as last decided.
 *
 * @param ruleCode the rule that made the student eligible, {@code null} when none did
 * @param decidedAt when the student first stood like this (eligible by this rule, or not eligible):
 *        re-deciding the same outcome keeps the date, so the gap list can tell how long a child waited
 */
public record Decision(String programmeCode, boolean eligible, String ruleCode, Instant decidedAt) {

    boolean sameOutcome(Decision other) {
        return other != null && eligible == other.eligible
                && java.util.Objects.equals(ruleCode, other.ruleCode);
    }
}
