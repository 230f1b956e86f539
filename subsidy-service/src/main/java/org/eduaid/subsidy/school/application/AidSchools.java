package org.eduaid.subsidy.school.application;

import reactor.core.publisher.Mono;

/** subsidy-service's own copy of the school registry, kept from enrollment-service's events. */
public interface AidSchools {

    Mono<AidSchool> find(String schoolCode);
}
