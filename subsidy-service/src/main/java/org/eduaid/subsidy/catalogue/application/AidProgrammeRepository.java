package org.eduaid.subsidy.catalogue.application;

import java.util.List;

import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.subsidy.catalogue.domain.AidProgramme;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Where programmes are kept, each with its pending events ({@code aid_programmes}). */
public interface AidProgrammeRepository {

    /** A new programme; a programme with that code already there is a conflict. */
    Mono<Long> add(ResultWithEvents<AidProgramme> defined, TraceContext trace);

    /** Many new programmes in one write; answers the codes that already existed (left as they were). */
    Mono<List<String>> addAbsent(List<ResultWithEvents<AidProgramme>> defined, TraceContext trace);

    Mono<VersionedProgramme> find(String code);

    /** Every programme: a catalogue is a few dozen documents, read whole. */
    Flux<VersionedProgramme> all();

    /** Stores the change if the programme is still at {@code expectedVersion}; else a stale-aggregate error. */
    Mono<Long> update(ResultWithEvents<AidProgramme> changed, long expectedVersion, TraceContext trace);
}
