package org.eduaid.subsidy.review.application;

import java.util.List;

import reactor.core.publisher.Mono;

/**
 * How eligibility reaches the county's list without anyone applying (应助尽助). Both calls are
 * idempotent: eligibility calls them again after a crash or a redelivered event.
 */
public interface AutomaticApplications {

    /**
     * Puts each student forward once per programme and school year. An existing application keeps
     * its state; one in another county moves to the new county (a student who transferred), since an
     * approval stands for the whole school year wherever the student is.
     */
    Mono<Void> putForward(List<EligibleAid> eligible);

    /**
     * Withdraws the applications of students no longer eligible that are not yet approved.
     * Approved ones stay: a batch holds a student who is no longer eligible when it is sealed.
     *
     * @param reason NO_LONGER_ELIGIBLE or LEFT_SCHOOL
     */
    Mono<Void> withdraw(List<EligibleAid> noLongerEligible, String reason);
}
