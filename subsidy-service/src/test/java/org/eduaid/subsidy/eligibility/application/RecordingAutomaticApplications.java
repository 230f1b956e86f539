package org.eduaid.subsidy.eligibility.application;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eduaid.subsidy.review.application.AutomaticApplications;
import org.eduaid.subsidy.review.application.EligibleAid;

import reactor.core.publisher.Mono;

/** Remembers every call, as the review feature would receive them. */
class RecordingAutomaticApplications implements AutomaticApplications {

    final List<EligibleAid> putForward = new CopyOnWriteArrayList<>();
    final List<Withdrawal> withdrawn = new CopyOnWriteArrayList<>();
    final java.util.concurrent.atomic.AtomicInteger putForwardCalls = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public Mono<Void> putForward(List<EligibleAid> eligible) {
        return Mono.fromRunnable(() -> {
            putForwardCalls.incrementAndGet();
            putForward.addAll(eligible);
        });
    }

    @Override
    public Mono<Void> withdraw(List<EligibleAid> noLongerEligible, String reason) {
        return Mono.fromRunnable(() -> noLongerEligible.forEach(aid -> withdrawn.add(new Withdrawal(aid, reason))));
    }

    void clear() {
        putForward.clear();
        putForwardCalls.set(0);
        withdrawn.clear();
    }

    record Withdrawal(EligibleAid aid, String reason) {
    }
}
