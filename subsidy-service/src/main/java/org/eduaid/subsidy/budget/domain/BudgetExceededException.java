package org.eduaid.subsidy.budget.domain;

/** A batch needs more than its budget has left; nothing was reserved. */
public class BudgetExceededException extends RuntimeException {

    private final String budgetId;
    private final long remainingFen;
    private final long neededFen;

    public BudgetExceededException(String budgetId, long remainingFen, long neededFen) {
        super("Budget " + budgetId + " has " + yuan(remainingFen) + " yuan (" + remainingFen + " fen) left, the batch needs "
                + yuan(neededFen) + " yuan (" + neededFen + " fen); raise the budget or hold payments before sealing.");
        this.budgetId = budgetId;
        this.remainingFen = remainingFen;
        this.neededFen = neededFen;
    }

    public String budgetId() {
        return budgetId;
    }

    public long remainingFen() {
        return remainingFen;
    }

    public long neededFen() {
        return neededFen;
    }

    private static String yuan(long fen) {
        return java.math.BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
