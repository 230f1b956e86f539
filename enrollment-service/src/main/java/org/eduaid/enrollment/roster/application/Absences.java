package org.eduaid.enrollment.roster.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eduaid.enrollment.person.PersonId;

import reactor.core.publisher.Mono;

/** Where absence reports are kept ({@code absences}). */
public interface Absences {

    /** Stores the report, replacing one for the same student, school and first day; true when it is new. */
    Mono<Boolean> record(Absence absence);

    /** The reports about these students whose spell starts on or after {@code since}, in one read. */
    Mono<Map<PersonId, List<Absence>>> of(Collection<PersonId> students, LocalDate since);
}
