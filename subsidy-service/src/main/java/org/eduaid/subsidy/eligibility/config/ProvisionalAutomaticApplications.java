package org.eduaid.subsidy.eligibility.config;

import java.util.List;

import org.eduaid.subsidy.review.application.AutomaticApplications;
import org.eduaid.subsidy.review.application.EligibleAid;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * PROVISIONAL — deleted when the review feature is merged: accepts the calls and does nothing, so
 * eligibility runs before applications exist. The calls' contract is tested with a recording fake
 * in the eligibility tests.
 */
@Component
class ProvisionalAutomaticApplications implements AutomaticApplications {

    @Override
    public Mono<Void> putForward(List<EligibleAid> eligible) {
        return Mono.empty();
    }

    @Override
    public Mono<Void> withdraw(List<EligibleAid> noLongerEligible, String reason) {
        return Mono.empty();
    }
}
