package org.eduaid.enrollment.household.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eduaid.enrollment.household.domain.FlagChange;
import org.eduaid.enrollment.household.domain.FlagSource;
import org.eduaid.enrollment.household.domain.HouseholdFlag;
import org.eduaid.enrollment.household.domain.ReportedFlag;
import org.eduaid.enrollment.person.PersonId;

/** The rows a person can have, and how a row is told to the student feature. */
final class ExternalFlagRows {

    private ExternalFlagRows() {
    }

    /**
     * Every row id a person could have (one per flag and the source that reports it): reading them is
     * an exact {@code _id} lookup, which every store answers from its primary index.
     */
    static Set<String> idsOf(Collection<PersonId> people) {
        Set<String> ids = new LinkedHashSet<>();
        for (PersonId person : people) {
            for (FlagSource source : FlagSource.values()) {
                for (HouseholdFlag flag : source.flags()) {
                    ids.add(ReportedFlag.idOf(person, flag, source));
                }
            }
        }
        return ids;
    }

    static List<String> idsOf(PersonId person) {
        return new ArrayList<>(idsOf(List.of(person)));
    }

    static ExternalFlags toExternalFlags(ReportedFlag row) {
        FlagChange current = row.current();
        return new ExternalFlags(row.person(), row.flag().name(), row.source().wireName(), current.on(),
                current.disabilityKind() == null ? null : current.disabilityKind().name(), current.disabilityGrade(),
                current.effectiveOn(), current.stamp().recordedAt());
    }
}
