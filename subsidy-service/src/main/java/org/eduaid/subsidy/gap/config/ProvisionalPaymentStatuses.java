package org.eduaid.subsidy.gap.config;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eduaid.subsidy.calendar.Term;
import org.eduaid.subsidy.disbursement.application.PaymentStatus;
import org.eduaid.subsidy.disbursement.application.PaymentStatuses;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * PROVISIONAL, deleted at merge: stands in for disbursement's {@link PaymentStatuses} until that feature
 * is merged. Payments and budget blocks are whatever tests put here (in memory, this replica only).
 */
@Component("gapProvisionalPaymentStatuses")
public class ProvisionalPaymentStatuses implements PaymentStatuses {

    private final Map<String, PaymentStatus> payments = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> blocked = new ConcurrentHashMap<>();

    public void put(PaymentStatus status) {
        payments.put(status.paymentId(), status);
    }

    public void blockByBudget(String countyCode, Term term, String programmeCode) {
        blocked.merge(countyCode + "~" + term.id(), Set.of(programmeCode), (a, b) -> {
            java.util.Set<String> both = new java.util.HashSet<>(a);
            both.addAll(b);
            return Set.copyOf(both);
        });
    }

    @Override
    public Mono<Map<String, PaymentStatus>> find(Collection<String> paymentIds) {
        Map<String, PaymentStatus> found = new HashMap<>();
        for (String id : paymentIds) {
            PaymentStatus status = payments.get(id);
            if (status != null) {
                found.put(id, status);
            }
        }
        return Mono.just(found);
    }

    @Override
    public Mono<Set<String>> programmesBlockedByBudget(String countyCode, Term term) {
        return Mono.just(blocked.getOrDefault(countyCode + "~" + term.id(), Set.of()));
    }
}
