package org.eduaid.enrollment.household.application;

import org.eduaid.kit.events.TraceContext;

import reactor.core.publisher.Mono;

/**
 * Brings a registered student's flags in line with an outside system's record (implemented by the
 * student feature). Idempotent and time-checked: a record older than what the student's flag already
 * reflects from that source changes nothing; a person who is not a student yet is left alone.
 *
 * @return whether a student's flags changed
 */
public interface StudentFlagSync {

    Mono<Boolean> apply(ExternalFlags record, TraceContext trace);
}
