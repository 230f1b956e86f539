package org.eduaid.subsidy.review.application;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.StaleAggregateException;
import org.eduaid.subsidy.review.domain.AidApplication;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Changes the system makes to applications on its own (eligibility, notices, bulk review), each a
 * versioned write of one application. When someone changed it meanwhile it is read again and the step
 * decided anew, so a step must say "nothing to do" ({@link Optional#empty()}) for a state it no longer
 * applies to rather than fail: that is what makes every run of it idempotent and resumable.
 */
@Component
public class ApplicationChanges {

    /** Versioned writes in flight at once: the store's round trips overlap, the order does not matter. */
    static final int CONCURRENCY = 16;
    private static final int ATTEMPTS = 5;

    private final ApplicationRepository applications;

    public ApplicationChanges(ApplicationRepository applications) {
        this.applications = applications;
    }

    /** Applies {@code step} to each; emits the applications it changed. */
    public Flux<AidApplication> applyAll(Collection<VersionedApplication> read,
            Function<AidApplication, Optional<ResultWithEvents<AidApplication>>> step, TraceContext trace) {
        return Flux.fromIterable(read).flatMap(v -> apply(v, step, trace, ATTEMPTS), CONCURRENCY);
    }

    public Mono<AidApplication> apply(VersionedApplication read,
            Function<AidApplication, Optional<ResultWithEvents<AidApplication>>> step, TraceContext trace) {
        return apply(read, step, trace, ATTEMPTS);
    }

    private Mono<AidApplication> apply(VersionedApplication read,
            Function<AidApplication, Optional<ResultWithEvents<AidApplication>>> step, TraceContext trace, int attempts) {
        Optional<ResultWithEvents<AidApplication>> change = step.apply(read.application());
        if (change.isEmpty()) {
            return Mono.empty();
        }
        return applications.update(change.get(), read.version(), trace)
                .map(version -> change.get().aggregate())
                .onErrorResume(StaleAggregateException.class, stale -> attempts <= 1 ? Mono.error(stale)
                        : applications.find(read.application().id())
                                .flatMap(again -> apply(again, step, trace, attempts - 1)));
    }
}
