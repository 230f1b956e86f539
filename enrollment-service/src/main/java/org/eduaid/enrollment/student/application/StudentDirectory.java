package org.eduaid.enrollment.student.application;

import java.util.Collection;
import java.util.Map;

import org.eduaid.enrollment.person.PersonId;

import reactor.core.publisher.Mono;

/**
 * What the rest of the service may ask about students without touching the student aggregate:
 * the roster comparison and the case workflow read enrolment state and priority flags through it.
 * Unchecked by caller scope: callers apply their own access rules.
 */
public interface StudentDirectory {

    /** The registered students among {@code ids}, by id, in one round trip; ids not registered are absent. */
    Mono<Map<PersonId, StudentStatus>> statusOf(Collection<PersonId> ids);
}
