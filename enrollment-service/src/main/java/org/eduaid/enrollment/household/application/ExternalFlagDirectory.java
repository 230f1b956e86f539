package org.eduaid.enrollment.household.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eduaid.enrollment.household.domain.HouseholdFlag;
import org.eduaid.enrollment.person.PersonId;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * What the outside systems said about people who may not be students yet: a student registered after
 * the agencies' records arrived starts with these flags. One query for a whole batch of people, so a
 * bulk import asks once per batch.
 */
@Service
public class ExternalFlagDirectory implements ExternalFlagLookup {

    /** In the order of {@link HouseholdFlag}, as the officers' view lists them. */
    private static final Comparator<ExternalFlags> BY_FLAG_AND_SOURCE = Comparator
            .comparing((ExternalFlags flags) -> HouseholdFlag.valueOf(flags.flag()))
            .thenComparing(ExternalFlags::source);

    private final ExternalFlagStore store;

    public ExternalFlagDirectory(ExternalFlagStore store) {
        this.store = store;
    }

    /** Every person asked about is in the map, with an empty list when no outside system has spoken of them. */
    @Override
    public Mono<Map<PersonId, List<ExternalFlags>>> flagsOf(Collection<PersonId> people) {
        Map<PersonId, List<ExternalFlags>> byPerson = new LinkedHashMap<>();
        people.forEach(person -> byPerson.put(person, new ArrayList<>()));
        if (byPerson.isEmpty()) {
            return Mono.just(Map.of());
        }
        return store.reported(byPerson.keySet()).collectList()
                .flatMapMany(reported -> store.findAll(ExternalFlagRows.idsOf(reported)))
                .map(ExternalFlagRows::toExternalFlags)
                .collectList()
                .map(found -> {
                    found.forEach(flags -> byPerson.get(flags.person()).add(flags));
                    byPerson.values().forEach(flags -> flags.sort(BY_FLAG_AND_SOURCE));
                    return byPerson;
                });
    }
}
