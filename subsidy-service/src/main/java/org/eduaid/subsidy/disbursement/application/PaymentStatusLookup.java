package org.eduaid.subsidy.disbursement.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eduaid.subsidy.calendar.Term;
import org.eduaid.subsidy.catalogue.application.Catalogue;
import org.eduaid.subsidy.catalogue.domain.Programme;
import org.eduaid.subsidy.disbursement.domain.BatchState;
import org.eduaid.subsidy.disbursement.domain.DisbursementBatch;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * {@link PaymentStatuses} for the gap list: a payment's own state wins; an approved student a batch
 * held shows as HELD with the reason. Reads by id only.
 */
@Component
class PaymentStatusLookup implements PaymentStatuses {

    private final PaymentRepository payments;
    private final HoldRepository holds;
    private final BatchRepository batches;
    private final Catalogue catalogue;

    PaymentStatusLookup(PaymentRepository payments, HoldRepository holds, BatchRepository batches, Catalogue catalogue) {
        this.payments = payments;
        this.holds = holds;
        this.batches = batches;
        this.catalogue = catalogue;
    }

    @Override
    public Mono<Map<String, PaymentStatus>> find(Collection<String> paymentIds) {
        List<String> ids = paymentIds.stream().distinct().toList();
        return payments.statuses(ids)
                .collectMap(PaymentRepository.PaymentStatusRow::paymentId,
                        row -> new PaymentStatus(row.paymentId(), row.state(), row.reason(), row.since()))
                .flatMap(paid -> {
                    List<String> unpaid = ids.stream().filter(id -> !paid.containsKey(id)).toList();
                    return holds.holds(unpaid)
                            .collectMap(HoldRepository.Hold::paymentId,
                                    h -> new PaymentStatus(h.paymentId(), "HELD", h.reason().name(), h.heldAt()))
                            .map(held -> {
                                Map<String, PaymentStatus> all = new HashMap<>(held);
                                all.putAll(paid);
                                return Map.copyOf(all);
                            });
                });
    }

    @Override
    public Mono<Set<String>> programmesBlockedByBudget(String countyCode, Term term) {
        return catalogue.inForceOn(term.firstDay())
                .map(programmes -> programmes.stream().map(Programme::code)
                        .map(code -> DisbursementBatch.idOf(countyCode, code, term.id())).toList())
                .flatMapMany(batches::findAll)
                .filter(found -> found.batch().state() == BatchState.DRAFT && found.batch().blocked() != null)
                .map(found -> found.batch().programmeCode())
                .collect(Collectors.toUnmodifiableSet());
    }
}
