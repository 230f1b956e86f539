package org.eduaid.subsidy.disbursement.application;

import java.util.List;

/**
 * What a bank results file changed.
 *
 * @param unchanged lines that repeat an outcome already recorded
 * @param rejected lines that could not be applied, each with why
 * @param disbursedFen what the batch has disbursed in all once this file is applied (the budget's
 *        disbursed figure for the batch), not only what this file added: a bank answering in several
 *        files sees the running total
 */
public record ResultsSummary(String batchId, int disbursed, int failed, int unchanged, List<Rejected> rejected,
        long disbursedFen) {

    public record Rejected(String paymentId, String reason) {
    }
}
