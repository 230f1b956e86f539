package org.eduaid.teacher.rotation.domain;

import java.util.List;

/** A plan cannot be approved or changed as asked; says every reason. */
public class PlanRuleException extends RuntimeException {

    private final List<String> reasons;

    public PlanRuleException(List<String> reasons) {
        super(String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
