package org.eduaid.subsidy.eligibility.application;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import reactor.core.publisher.Mono;

/**
 * Students decided while their school was not yet known here (the schools topic is read by another
 * consumer, so on a replay students can come first): decided again once the school arrives.
 */
public interface StudentsAwaitingSchools {

    Mono<Void> await(String schoolCode, String studentId);

    /** Up to {@code limit} schools being waited for, each with its students. */
    Mono<Map<String, Set<String>>> waiting(int limit);

    /** These students no longer wait for this school (others that came meanwhile still do). */
    Mono<Void> done(String schoolCode, Collection<String> studentIds);
}
