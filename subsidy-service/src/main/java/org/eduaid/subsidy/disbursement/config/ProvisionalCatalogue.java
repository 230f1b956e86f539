package org.eduaid.subsidy.disbursement.config;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eduaid.subsidy.catalogue.application.Catalogue;
import org.eduaid.subsidy.catalogue.domain.Programme;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/** PROVISIONAL, deleted at merge: CAT implements {@link Catalogue}. Programmes as tests define them. */
@Component
public class ProvisionalCatalogue implements Catalogue {

    private final Map<String, Programme> programmes = new ConcurrentHashMap<>();

    public void define(Programme programme) {
        programmes.put(programme.code(), programme);
    }

    @Override
    public Mono<List<Programme>> inForceOn(LocalDate date) {
        return Mono.fromSupplier(() -> programmes.values().stream().filter(p -> p.inForceOn(date)).toList());
    }

    @Override
    public Mono<Programme> find(String programmeCode) {
        return Mono.justOrEmpty(programmes.get(programmeCode));
    }
}
