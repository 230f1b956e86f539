package org.eduaid.enrollment.dropout.domain;

import java.time.LocalDate;

/**
 * One plan for one disabled child (一人一案): the kind of placement, the plan in words (health
 * details, so stored encrypted and never in events) and the school responsible for teaching,
 * which for home teaching is the school whose teachers visit.
 */
public record Placement(PlacementKind kind, String plan, String schoolCode, LocalDate placedOn) {

    public Placement {
        InvalidCaseDataException.require(kind != null, "placement", "is required");
        plan = InvalidCaseDataException.text(plan, "plan", 2000);
        InvalidCaseDataException.require(schoolCode != null && schoolCode.matches("\\d{10}"), "schoolCode",
                "must be exactly 10 digits");
        InvalidCaseDataException.require(placedOn != null, "placedOn", "is required");
    }
}
