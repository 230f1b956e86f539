package org.eduaid.subsidy.catalogue.domain;

import java.util.List;

/**
 * Whether a student is eligible for one programme, and why: every rule's outcome, and the first
 * rule that was met (the one recorded on the decision).
 */
public record ProgrammeDecision(String programmeCode, boolean eligible, String ruleCode,
        List<EligibilityRule.RuleOutcome> rules) {
}
