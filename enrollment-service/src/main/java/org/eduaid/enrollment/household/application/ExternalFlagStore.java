package org.eduaid.enrollment.household.application;

import java.util.Collection;

import org.eduaid.enrollment.household.domain.ReportedFlag;
import org.eduaid.enrollment.person.PersonId;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where the outside systems' word on each flag is kept ({@code external_flags}). No transactions:
 * each write is one document, and conditional, so that two consumers of one row never lose a record.
 */
public interface ExternalFlagStore {

    Mono<ReportedFlag> find(String rowId);

    /** Stores a new row; {@code false} if one with its id exists already (someone was faster). */
    Mono<Boolean> insert(ReportedFlag row);

    /** Replaces {@code expected} by {@code next}; {@code false} if the row no longer reflects what {@code expected} does. */
    Mono<Boolean> replace(ReportedFlag expected, ReportedFlag next);

    /** The rows with these ids that exist, in one query. */
    Flux<ReportedFlag> findAll(Collection<String> rowIds);

    /** Which of these people any outside system has reported a flag of, in one query. */
    Flux<PersonId> reported(Collection<PersonId> people);
}
