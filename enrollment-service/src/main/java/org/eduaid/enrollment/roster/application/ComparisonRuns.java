package org.eduaid.enrollment.roster.application;

import java.time.Duration;
import java.time.Instant;

import reactor.core.publisher.Mono;

/**
 * Where comparison runs ({@code roster_comparisons}) and the per-county leases that keep two replicas
 * from comparing one county at the same time ({@code roster_comparison_leases}) are kept.
 */
public interface ComparisonRuns {

    Mono<Void> save(ComparisonRun run);

    Mono<ComparisonRun> find(String id);

    /** Takes the county's lease for {@code holder} if nobody holds it or the holder's lease ran out. */
    Mono<Boolean> acquire(String countyCode, String holder, Duration ttl, Instant now);

    /** Extends the lease while the run makes progress; false if somebody else took it over. */
    Mono<Boolean> renew(String countyCode, String holder, Duration ttl, Instant now);

    Mono<Void> release(String countyCode, String holder);
}
