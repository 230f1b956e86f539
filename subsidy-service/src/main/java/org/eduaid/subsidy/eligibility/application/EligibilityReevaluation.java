package org.eduaid.subsidy.eligibility.application;

import reactor.core.publisher.Mono;

/** Decides every student's eligibility anew, after the catalogue changed. */
public interface EligibilityReevaluation {

    /**
     * Starts re-evaluating every student in the background and returns at once with the run's id.
     * A request while a run is under way makes that run go round once more, so no change is missed.
     */
    Mono<String> reevaluateAll(String reason);
}
