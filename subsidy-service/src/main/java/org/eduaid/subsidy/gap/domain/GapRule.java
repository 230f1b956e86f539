package org.eduaid.subsidy.gap.domain;

import java.util.Optional;

import org.eduaid.subsidy.review.domain.ApplicationState;

/**
 * Whether an application of an eligible student is a gap for a term, and why. Rejected and withdrawn
 * applications are decisions, not gaps; a payment disbursed (or disbursed and later recovered, which
 * is a decision too) closes the gap.
 */
public final class GapRule {

    private GapRule() {
    }

    /**
     * @param paymentState the term's payment's state (APPROVED, RELEASED, RESUBMITTED, DISBURSED, FAILED,
     *        RETURNED, STOPPED, RECOVERED, HELD), or {@code null} when there is none
     * @param blockedByBudget the programme's batch for the county and term was stopped for lack of budget
     */
    public static Optional<GapReason> reasonFor(ApplicationState state, String paymentState, boolean blockedByBudget) {
        switch (state) {
            case SUBMITTED:
                return Optional.of(GapReason.NOT_REVIEWED);
            case ACCEPTED:
                return Optional.of(GapReason.AWAITING_NOTICE);
            case ON_NOTICE:
                return Optional.of(GapReason.ON_NOTICE);
            case APPROVED:
                return approved(paymentState, blockedByBudget);
            default:
                return Optional.empty();
        }
    }

    private static Optional<GapReason> approved(String paymentState, boolean blockedByBudget) {
        if (paymentState == null) {
            return Optional.of(blockedByBudget ? GapReason.BUDGET_EXHAUSTED : GapReason.NOT_IN_BATCH);
        }
        switch (paymentState) {
            case "DISBURSED":
            case "RECOVERED":
                return Optional.empty();
            case "HELD":
            case "STOPPED":
                return Optional.of(GapReason.HELD);
            case "FAILED":
            case "RETURNED":
                return Optional.of(GapReason.FAILED_PAYMENT);
            default:
                return Optional.of(GapReason.IN_PAYMENT);
        }
    }
}
