package org.eduaid.enrollment.school.application;

import org.eduaid.enrollment.school.domain.School;
import org.eduaid.enrollment.school.domain.SchoolCode;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;

import reactor.core.publisher.Mono;

/** Where schools are kept; adding one stores its events with it. */
public interface SchoolRepository {

    Mono<Void> add(ResultWithEvents<School> registered, TraceContext trace);

    Mono<School> find(SchoolCode code);
}
