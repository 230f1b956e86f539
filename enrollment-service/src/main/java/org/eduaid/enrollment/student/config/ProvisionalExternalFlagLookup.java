package org.eduaid.enrollment.student.config;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eduaid.enrollment.household.application.ExternalFlagLookup;
import org.eduaid.enrollment.household.application.ExternalFlags;
import org.eduaid.enrollment.person.PersonId;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/** Until the household feature lands: no outside system has reported anything. Deleted at merge. */
@Component
class ProvisionalExternalFlagLookup implements ExternalFlagLookup {

    @Override
    public Mono<Map<PersonId, List<ExternalFlags>>> flagsOf(Collection<PersonId> people) {
        return Mono.just(Map.of());
    }
}
