package org.eduaid.subsidy.testsupport;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eduaid.subsidy.calendar.Term;
import org.eduaid.subsidy.disbursement.application.PaymentStatus;
import org.eduaid.subsidy.disbursement.application.PaymentStatuses;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * The real {@link PaymentStatuses}, with payment states a test staged under fresh payment ids on top.
 * The gap tests need one student in each state a payment can be in; the disbursement tests drive
 * those states through batches for real. Ids nobody staged read through to the real store.
 */
@Primary
@Component
public class StagedPaymentStatuses implements PaymentStatuses {

    private final PaymentStatuses stored;
    private final Map<String, PaymentStatus> staged = new ConcurrentHashMap<>();
    private final Set<String> blocked = ConcurrentHashMap.newKeySet();

    StagedPaymentStatuses(@Qualifier("paymentStatusLookup") PaymentStatuses stored) {
        this.stored = stored;
    }

    public void put(PaymentStatus status) {
        staged.put(status.paymentId(), status);
    }

    public void blockByBudget(String countyCode, Term term, String programmeCode) {
        blocked.add(key(countyCode, term, programmeCode));
    }

    @Override
    public Mono<Map<String, PaymentStatus>> find(Collection<String> paymentIds) {
        return stored.find(paymentIds).map(found -> {
            Map<String, PaymentStatus> merged = new HashMap<>(found);
            for (String id : paymentIds) {
                PaymentStatus status = staged.get(id);
                if (status != null) {
                    merged.put(id, status);
                }
            }
            return merged;
        });
    }

    @Override
    public Mono<Set<String>> programmesBlockedByBudget(String countyCode, Term term) {
        return stored.programmesBlockedByBudget(countyCode, term).map(found -> {
            Set<String> merged = new HashSet<>(found);
            String prefix = countyCode + "~" + term.id() + "~";
            blocked.stream().filter(key -> key.startsWith(prefix)).map(key -> key.substring(prefix.length()))
                    .forEach(merged::add);
            return merged;
        });
    }

    private static String key(String countyCode, Term term, String programmeCode) {
        return countyCode + "~" + term.id() + "~" + programmeCode;
    }
}
