package org.eduaid.subsidy.eligibility.application;

import reactor.core.publisher.Mono;

/** Where re-evaluation runs stand, so any replica can answer for a run another one started. */
public interface ReevaluationRuns {

    Mono<Void> save(ReevaluationRun run);

    Mono<ReevaluationRun> find(String id);
}
