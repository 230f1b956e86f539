package org.eduaid.subsidy.budget.application;

import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.subsidy.budget.domain.AidBudget;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Budgets in {@code aid_budgets}, each with its pending events. */
public interface BudgetRepository {

    Mono<VersionedBudget> find(String budgetId);

    /** Fails with the kit's already-exists error when a budget with that id is stored. */
    Mono<Long> add(ResultWithEvents<AidBudget> allocated, TraceContext trace);

    /** Stores the change if the budget is still at {@code expectedVersion}; else a stale-aggregate error. */
    Mono<Long> update(ResultWithEvents<AidBudget> changed, long expectedVersion, TraceContext trace);

    /** Every budget of a year whose county starts with {@code regionPrefix} ("" = all). */
    Flux<VersionedBudget> ofYear(String regionPrefix, int year);
}
