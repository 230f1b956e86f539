package org.eduaid.subsidy.catalogue.config;

import java.util.UUID;

import org.eduaid.subsidy.eligibility.application.EligibilityReevaluation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/** Stands in for the eligibility feature's re-evaluation until it lands; deleted at merge. */
@Component
class ProvisionalEligibilityReevaluation implements EligibilityReevaluation {

    private static final Logger log = LoggerFactory.getLogger(ProvisionalEligibilityReevaluation.class);

    @Override
    public Mono<String> reevaluateAll(String reason) {
        String id = "provisional-" + UUID.randomUUID();
        log.info("Re-evaluation {} requested ({}); nothing re-evaluates until the eligibility feature lands", id, reason);
        return Mono.just(id);
    }
}
