package org.eduaid.subsidy.disbursement.domain;

/**
 * A batch's counts when sealed, and at release.
 *
 * @param totalFen what the batch pays: its approved payments, less those stopped at release
 * @param chunks how many item chunks list the batch's payment ids
 */
public record BatchFigures(int payments, int held, long totalFen, int stopped, int chunks) {

    public static final BatchFigures NONE = new BatchFigures(0, 0, 0, 0, 0);
}
