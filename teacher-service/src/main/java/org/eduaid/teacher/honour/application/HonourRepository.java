package org.eduaid.teacher.honour.application;

import java.util.List;

import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.teacher.honour.domain.RuralTeachingHonour;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code honour_certificates}: one per teacher and milestone, each with its event. */
public interface HonourRepository {

    /** Stores the certificates; answers the ids awarded before (left as they were). */
    Mono<List<String>> awardAll(List<ResultWithEvents<RuralTeachingHonour>> honours, TraceContext trace);

    /** Certificates awarded in a year to teachers in the region. */
    Flux<RuralTeachingHonour> awardedIn(String regionPrefix, int year);
}
