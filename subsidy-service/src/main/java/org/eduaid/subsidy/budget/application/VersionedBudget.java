package org.eduaid.subsidy.budget.application;

import org.eduaid.subsidy.budget.domain.AidBudget;

/** A budget as stored, with the version a change must name. */
public record VersionedBudget(AidBudget budget, long version) {
}
