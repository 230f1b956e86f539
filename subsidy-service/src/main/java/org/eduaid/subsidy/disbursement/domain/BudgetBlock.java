package org.eduaid.subsidy.disbursement.domain;

import java.time.Instant;

/** The last seal was stopped for lack of budget: what it needed and what was left. */
public record BudgetBlock(String budgetId, long neededFen, long remainingFen, Instant at) {
}
