package org.eduaid.subsidy.disbursement.application;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.eduaid.subsidy.calendar.Term;

import reactor.core.publisher.Mono;

/** Payments and holds by id, for the gap list. */
public interface PaymentStatuses {

    /** The payments (or holds) among {@code paymentIds}, by id; ids never paid nor held are left out. */
    Mono<Map<String, PaymentStatus>> find(Collection<String> paymentIds);

    /** The programmes whose batch for this county and term was stopped before sealing for lack of budget. */
    Mono<Set<String>> programmesBlockedByBudget(String countyCode, Term term);
}
