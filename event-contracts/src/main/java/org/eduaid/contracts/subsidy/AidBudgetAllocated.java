package org.eduaid.contracts.subsidy;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * A county's budget for a programme and year was set or changed; carries the budget as it now stands.
 *
 * @param budgetId {@code countyCode~programmeCode~year}
 */
@EventType(name = "eduaid.subsidy.AidBudgetAllocated", version = 1)
public record AidBudgetAllocated(String budgetId, String countyCode, String programmeCode, int year,
        AidAmount allocated, Instant allocatedAt) {
}
