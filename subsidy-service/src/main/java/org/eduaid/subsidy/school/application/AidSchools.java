package org.eduaid.subsidy.school.application;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** subsidy-service's own copy of the school registry, kept from enrollment-service's events. */
public interface AidSchools {

    Mono<AidSchool> find(String schoolCode);

    /** The schools among these codes that are known here, by code. */
    default Mono<Map<String, AidSchool>> findAll(Collection<String> schoolCodes) {
        return Flux.fromIterable(Set.copyOf(schoolCodes)).flatMap(this::find, 8)
                .collectMap(AidSchool::schoolCode, school -> school);
    }
}
