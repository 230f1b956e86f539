package org.eduaid.subsidy.eligibility.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.eduaid.subsidy.catalogue.domain.Locality;
import org.eduaid.subsidy.eligibility.domain.SchoolFacts;
import org.eduaid.subsidy.school.application.AidSchool;
import org.eduaid.subsidy.school.application.AidSchools;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/** A school's kind and locality from this service's copy of the school registry; unknown while not there. */
@Component
class SchoolFactsLookup {

    private final AidSchools schools;

    SchoolFactsLookup(AidSchools schools) {
        this.schools = schools;
    }

    /** Empty when the school is not (yet) known here. */
    Mono<SchoolFacts> find(String schoolCode) {
        return schools.find(schoolCode).map(SchoolFactsLookup::facts);
    }

    /** The facts of the schools among these codes that are known here, by code (one read for them all). */
    Mono<Map<String, SchoolFacts>> findAll(Collection<String> schoolCodes) {
        if (schoolCodes.isEmpty()) {
            return Mono.just(Map.of());
        }
        return schools.findAll(schoolCodes).map(found -> {
            Map<String, SchoolFacts> facts = new HashMap<>();
            found.forEach((code, school) -> facts.put(code, facts(school)));
            return facts;
        });
    }

    static SchoolFacts facts(AidSchool school) {
        Locality locality = null;
        for (Locality known : Locality.values()) {
            if (known.name().equals(school.locality())) {
                locality = known;
            }
        }
        return new SchoolFacts(school.kind(), locality);
    }
}
