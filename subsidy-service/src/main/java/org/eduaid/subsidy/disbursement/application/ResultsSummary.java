package org.eduaid.subsidy.disbursement.application;

import java.util.List;

/**
 * What a bank results file changed.
 *
 * @param unchanged lines that repeat an outcome already recorded
 * @param rejected lines that could not be applied, each with why
 */
public record ResultsSummary(String batchId, int disbursed, int failed, int unchanged, List<Rejected> rejected,
        long disbursedFen) {

    public record Rejected(String paymentId, String reason) {
    }
}
