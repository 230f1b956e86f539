package org.eduaid.subsidy.catalogue.application;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.eduaid.kit.security.Callers;
import org.eduaid.kit.web.ResourceNotFoundException;
import org.eduaid.subsidy.catalogue.domain.EligibilityRule;
import org.eduaid.subsidy.catalogue.domain.Programme;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * Reading the catalogue, which everyone signed in may: straight from the store, so an officer sees
 * each programme's current version (the version a change must name).
 */
@Service
public class CatalogueQueries {

    private final AidProgrammeRepository programmes;

    public CatalogueQueries(AidProgrammeRepository programmes) {
        this.programmes = programmes;
    }

    /** Every programme, or those in force on {@code on}, by code. */
    public Mono<List<VersionedProgramme>> programmes(LocalDate on) {
        return Callers.current().then(programmes.all()
                .filter(found -> on == null || found.aidProgramme().programme().inForceOn(on))
                .sort(Comparator.comparing(found -> found.aidProgramme().code()))
                .collectList());
    }

    public Mono<VersionedProgramme> programme(String code) {
        return Callers.current().then(programmes.find(code))
                .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("programme " + code)));
    }

    /** Every rule of every programme (in force on {@code on}, if given), one row each. */
    public Mono<List<ProgrammeRule>> rules(LocalDate on) {
        return programmes(on).map(found -> found.stream()
                .map(versioned -> versioned.aidProgramme().programme())
                .flatMap(programme -> programme.rules().stream().map(rule -> new ProgrammeRule(programme, rule)))
                .toList());
    }

    /** One rule with the programme it opens. */
    public record ProgrammeRule(Programme programme, EligibilityRule rule) {
    }
}
