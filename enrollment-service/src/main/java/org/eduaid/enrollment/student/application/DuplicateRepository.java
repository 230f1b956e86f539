package org.eduaid.enrollment.student.application;

import java.time.Instant;
import java.util.List;

import reactor.core.publisher.Mono;

/** The {@code student_duplicates} review list. */
public interface DuplicateRepository {

    /** Adds the pairs not reported yet; a pair already on the list (open or resolved) is left alone. */
    Mono<Void> report(List<DuplicateReview> found);

    Mono<Page<DuplicateReview>> inCounty(String countyCode, int page, int size);

    Mono<DuplicateReview> find(String id);

    /** Records the decision if the review is still open; empty if somebody resolved it first. */
    Mono<DuplicateReview> resolve(String id, String decision, String note, String by, Instant at);
}
