package org.eduaid.enrollment.household.config;

import org.eduaid.enrollment.household.application.ExternalFlags;
import org.eduaid.enrollment.household.application.StudentFlagSync;
import org.eduaid.kit.events.TraceContext;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Stands in for the student feature's {@link StudentFlagSync} until it lands (delete at merge): there
 * are no students yet, so no student's flags ever change.
 */
@Component
class ProvisionalStudentFlagSync implements StudentFlagSync {

    @Override
    public Mono<Boolean> apply(ExternalFlags record, TraceContext trace) {
        return Mono.just(false);
    }
}
