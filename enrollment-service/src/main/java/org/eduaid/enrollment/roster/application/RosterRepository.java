package org.eduaid.enrollment.roster.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eduaid.enrollment.person.PersonId;
import org.eduaid.enrollment.roster.domain.RosterChild;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Where roster entries are kept, each stored with the events its change raised (outbox). */
public interface RosterRepository {

    Mono<Versioned> find(PersonId id);

    /** The stored entries among {@code ids}, in one {@code _id $in} read. */
    Mono<Map<PersonId, Versioned>> findAll(Collection<PersonId> ids);

    /** Fails with {@code AggregateAlreadyExistsException} when somebody stored the child first. */
    Mono<Void> add(ResultWithEvents<RosterChild> created, TraceContext trace);

    /** Many new entries in one bulk write; returns the ids that already existed (nothing stored for them). */
    Mono<List<PersonId>> addAll(List<ResultWithEvents<RosterChild>> created, TraceContext trace);

    /** Fails with {@code StaleAggregateException} when the entry changed since {@code expectedVersion}. */
    Mono<Void> update(ResultWithEvents<RosterChild> changed, long expectedVersion, TraceContext trace);

    /** The children counted in a county born in the range (inclusive), by id, streamed. */
    Flux<RosterEntry> onRoster(String countyCode, LocalDate bornFrom, LocalDate bornTo);

    /** One page of {@link #onRoster}, by id. */
    Flux<RosterEntry> onRosterPage(String countyCode, LocalDate bornFrom, LocalDate bornTo, long skip, int limit);

    Mono<Long> countOnRoster(String countyCode, LocalDate bornFrom, LocalDate bornTo);

    /** Every county with at least one child counted. */
    Flux<String> countiesOnRoster();

    record Versioned(RosterChild child, long version) {
    }
}
