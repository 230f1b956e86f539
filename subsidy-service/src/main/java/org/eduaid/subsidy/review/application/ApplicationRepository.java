package org.eduaid.subsidy.review.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.subsidy.review.domain.AidApplication;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Where applications are kept, each with its pending events (collection {@code aid_applications}). */
public interface ApplicationRepository {

    Mono<VersionedApplication> find(String applicationId);

    /** The applications among {@code ids} that exist, by id. */
    Mono<Map<String, VersionedApplication>> findAll(Collection<String> ids);

    /** Fails with the kit's already-exists error if the id is taken. */
    Mono<Long> add(ResultWithEvents<AidApplication> submitted, TraceContext trace);

    /** Many new applications in one bulk write; returns the ids that already existed (left as they were). */
    Mono<List<String>> addAll(List<ResultWithEvents<AidApplication>> submitted, TraceContext trace);

    /** Stores the change if the application is still at {@code expectedVersion}; else a stale-aggregate error. */
    Mono<Long> update(ResultWithEvents<AidApplication> changed, long expectedVersion, TraceContext trace);

    /** Every application the filter covers, in id order. */
    Flux<VersionedApplication> matching(ApplicationFilter filter);

    Mono<ApplicationPage> search(ApplicationFilter filter, int page, int size);
}
