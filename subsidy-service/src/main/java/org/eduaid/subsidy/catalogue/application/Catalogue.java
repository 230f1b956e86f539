package org.eduaid.subsidy.catalogue.application;

import java.time.LocalDate;
import java.util.List;

import org.eduaid.subsidy.catalogue.domain.Programme;

import reactor.core.publisher.Mono;

/** The aid programmes with their rules and standards, as other features read them. */
public interface Catalogue {

    /** Every programme in force on the date. */
    Mono<List<Programme>> inForceOn(LocalDate date);

    /** One programme as it now stands, or empty when there is none with that code. */
    Mono<Programme> find(String programmeCode);
}
