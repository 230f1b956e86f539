package org.eduaid.enrollment.household.application;

import java.util.Comparator;
import java.util.List;

import org.eduaid.contracts.identity.Role;
import org.eduaid.enrollment.household.domain.ReportedFlag;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.kit.audit.Audit;
import org.eduaid.kit.security.Access;
import org.eduaid.kit.web.ResourceNotFoundException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/** Lets officers see what each outside system said about a child's household, to settle disputes about a flag. */
@Service
public class HouseholdFlagQueries {

    private static final Comparator<ReportedFlag> BY_FLAG_AND_SOURCE = Comparator.comparing(ReportedFlag::flag)
            .thenComparing(ReportedFlag::source);

    private final ExternalFlagStore store;

    public HouseholdFlagQueries(ExternalFlagStore store) {
        this.store = store;
    }

    /**
     * Each source's row about the child that lies in the caller's scope (by the county the source placed
     * the child in); none at all is not found (404), whether nothing was reported or only elsewhere.
     * Household circumstances of a minor are personal data: the read is audited as a disclosure.
     */
    public Mono<List<ReportedFlag>> ofStudent(PersonId student) {
        return Access.permit("read household flags", Role.COUNTY_OFFICER, Role.CITY_OFFICER, Role.PROVINCE_OFFICER,
                        Role.AUDITOR, Role.PLATFORM_ADMIN)
                .flatMap(caller -> store.findAll(ExternalFlagRows.idsOf(student))
                        .filter(row -> caller.canSeeRegion(row.countyCode()))
                        .sort(BY_FLAG_AND_SOURCE)
                        .collectList())
                .filter(rows -> !rows.isEmpty())
                .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("household flags of student " + student)))
                .flatMap(rows -> Audit.action("household-flags.read")
                        .then(Audit.disclosed("student:" + student.value()))
                        .thenReturn(rows));
    }
}
