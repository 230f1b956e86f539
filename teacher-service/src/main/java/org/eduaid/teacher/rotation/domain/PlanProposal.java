package org.eduaid.teacher.rotation.domain;

import java.util.List;

/**
 * A plan the planner proposed, or an officer edited, with its figures and every rule it breaks;
 * {@code violations} empty means the plan meets the rules.
 */
public record PlanProposal(List<PlannedExchange> exchanges, PlanFigures figures, List<String> violations) {

    public PlanProposal {
        exchanges = List.copyOf(exchanges);
        violations = List.copyOf(violations);
    }

    public boolean meetsTheRules() {
        return violations.isEmpty();
    }
}
