package org.eduaid.enrollment.household.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eduaid.enrollment.person.PersonId;

import reactor.core.publisher.Mono;

/**
 * The flags outside systems have reported, including for people who are not students yet: a
 * student registered later starts with them.
 */
public interface ExternalFlagLookup {

    Mono<Map<PersonId, List<ExternalFlags>>> flagsOf(Collection<PersonId> people);
}
