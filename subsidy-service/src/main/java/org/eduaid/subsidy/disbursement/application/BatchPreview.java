package org.eduaid.subsidy.disbursement.application;

import java.util.List;
import java.util.Map;

import org.eduaid.subsidy.disbursement.domain.HoldReason;

/**
 * What sealing would do now.
 *
 * @param budgetRemainingFen what the budget has left for this batch, or {@code null} without a budget
 * @param held the held students (masked), at most {@link #HELD_LISTED} of them
 */
public record BatchPreview(String batchId, String state, long version, int payments, long totalFen,
        Map<HoldReason, Integer> heldByReason, int heldCount, String budgetId, Long budgetRemainingFen,
        boolean budgetSuffices, List<HeldStudent> held) {

    public static final int HELD_LISTED = 1000;

    public record HeldStudent(String paymentId, String studentId, String maskedName, HoldReason reason) {
    }
}
