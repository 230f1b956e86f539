package org.eduaid.teacher.rotation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eduaid.contracts.teacher.RotationPlanApproved;
import org.eduaid.kit.domain.ResultWithEvents;

/**
 * A county's rotation plan for a school year, id {@code countyCode~schoolYear}: proposed, edited,
 * then approved once. An approved plan is not edited; its exchanges live on as {@link TeacherExchange}s.
 *
 * @param override why the officer approved a plan that breaks a rule, null when it meets them
 */
public record RotationPlan(String id, String countyCode, String schoolYear, State state, PlanProposal proposal,
        String override, Instant approvedAt) {

    public enum State { DRAFT, APPROVED }

    public static String idOf(String countyCode, String schoolYear) {
        return countyCode + "~" + schoolYear;
    }

    /** 1 September of the school year's first year. */
    public static LocalDate firstDayOf(String schoolYear) {
        return LocalDate.of(Integer.parseInt(schoolYear.substring(0, 4)), 9, 1);
    }

    public static RotationPlan draft(String countyCode, String schoolYear, PlanProposal proposal) {
        return new RotationPlan(idOf(countyCode, schoolYear), countyCode, schoolYear, State.DRAFT, proposal, null, null);
    }

    public RotationPlan edited(PlanProposal changed) {
        requireDraft();
        return new RotationPlan(id, countyCode, schoolYear, State.DRAFT, changed, null, null);
    }

    /**
     * Approves the plan; one that breaks a rule needs the officer's reason for going ahead.
     *
     * @throws PlanRuleException listing the violations when there is no reason
     */
    public ResultWithEvents<RotationPlan> approve(String overrideReason, Instant at) {
        requireDraft();
        if (!proposal.meetsTheRules() && (overrideReason == null || overrideReason.isBlank())) {
            throw new PlanRuleException(proposal.violations());
        }
        RotationPlan approved = new RotationPlan(id, countyCode, schoolYear, State.APPROVED, proposal,
                proposal.meetsTheRules() ? null : overrideReason.strip(), at);
        PlanFigures f = proposal.figures();
        return ResultWithEvents.of(approved, new RotationPlanApproved(id, countyCode, schoolYear, f.due(), f.rotating(),
                f.backboneRotating(), f.principalsRotating(), f.urbanToRural(), f.ruralToUrban(), f.withinRural(),
                f.withinUrban(), at));
    }

    private void requireDraft() {
        if (state != State.DRAFT) {
            throw new PlanRuleException(List.of("the plan " + id + " is approved already"));
        }
    }
}
