package org.eduaid.subsidy.disbursement.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eduaid.subsidy.calendar.Term;
import org.eduaid.subsidy.catalogue.domain.FundingShares;
import org.eduaid.subsidy.catalogue.domain.Programme;
import org.eduaid.subsidy.catalogue.domain.StudentFacts;

/**
 * What sealing a batch would do now: whom it pays and how much, and whom it holds and why. Computed
 * just before sealing (and shown by the preview); a seal that resumes after a crash computes it again,
 * and payments it already wrote count as written, with the amount they were written with.
 *
 * @param toWrite payments to create
 * @param written payment id → amount of the payments this batch already wrote
 */
public record SealPlan(List<PlannedPayment> toWrite, Map<String, Long> written, List<PlannedHold> holds) {

    public SealPlan {
        toWrite = List.copyOf(toWrite);
        written = Map.copyOf(written);
        holds = List.copyOf(holds);
    }

    public long totalFen() {
        return toWrite.stream().mapToLong(p -> p.facts().amount().totalFen()).sum()
                + written.values().stream().mapToLong(Long::longValue).sum();
    }

    public int payments() {
        return toWrite.size() + written.size();
    }

    /**
     * An approved student as the batch sees them now.
     *
     * @param automatic put forward by eligibility (not applied for by a school): must still be eligible
     * @param facts the student's facts, or {@code null} when the student is unknown here
     */
    public record Candidate(String studentId, boolean automatic, StudentFacts facts, String maskedName,
            Set<String> eligibleProgrammes) {
    }

    /** A payment that exists already: the batch that wrote it and its amount. */
    public record ExistingPayment(String batchId, long totalFen) {
    }

    public record PlannedPayment(PaymentFacts facts, String maskedName) {
    }

    public record PlannedHold(String paymentId, String studentId, HoldReason reason) {
    }

    /**
     * Classifies each approved student, in order: a payment that exists (this batch's → written,
     * another's → ALREADY_PAID), not actively enrolled, enrolled in another county (MOVED), an automatic
     * application no longer eligible, no standard that applies; everybody else is paid by the standard
     * in force on the term's first day.
     */
    public static SealPlan compute(String batchId, String countyCode, Programme programme, Term term, int schoolDays,
            List<Candidate> candidates, Map<String, ExistingPayment> existing) {
        List<PlannedPayment> toWrite = new ArrayList<>();
        Map<String, Long> written = new LinkedHashMap<>();
        List<PlannedHold> holds = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Candidate candidate : candidates) {
            String paymentId = candidate.studentId() + "~" + programme.code() + "~" + term.id();
            if (!seen.add(paymentId)) {
                continue;
            }
            ExistingPayment found = existing.get(paymentId);
            if (found != null) {
                if (found.batchId().equals(batchId)) {
                    written.put(paymentId, found.totalFen());
                } else {
                    holds.add(new PlannedHold(paymentId, candidate.studentId(), HoldReason.ALREADY_PAID));
                }
                continue;
            }
            HoldReason reason = holdReason(candidate, countyCode, programme);
            FundingShares.Split split = null;
            if (reason == null) {
                split = programme.amountFor(candidate.facts(), term, schoolDays).orElse(null);
                reason = split == null ? HoldReason.NO_STANDARD : null;
            }
            if (reason != null) {
                holds.add(new PlannedHold(paymentId, candidate.studentId(), reason));
                continue;
            }
            StudentFacts.Enrolment enrolment = candidate.facts().enrolment();
            Amount amount = new Amount(split.totalFen(), split.centralFen(), split.provincialFen(), split.countyFen());
            PaymentFacts facts = new PaymentFacts(candidate.studentId(), programme.code(), programme.kind().name(),
                    term.id(), countyCode, enrolment.schoolCode(), enrolment.stage().name(),
                    enrolment.locality() == null ? null : enrolment.locality().name(),
                    candidate.facts().flags().stream().map(Enum::name).toList(), amount);
            toWrite.add(new PlannedPayment(facts, candidate.maskedName()));
        }
        return new SealPlan(toWrite, written, holds);
    }

    private static HoldReason holdReason(Candidate candidate, String countyCode, Programme programme) {
        StudentFacts facts = candidate.facts();
        if (facts == null || !facts.activelyEnrolled()) {
            return HoldReason.NOT_ENROLLED;
        }
        if (!countyCode.equals(facts.enrolment().countyCode())) {
            return HoldReason.MOVED;
        }
        if (candidate.automatic() && (candidate.eligibleProgrammes() == null
                || !candidate.eligibleProgrammes().contains(programme.code()))) {
            return HoldReason.NO_LONGER_ELIGIBLE;
        }
        if (facts.enrolment().stage() == null || !programme.stages().contains(facts.enrolment().stage())) {
            return HoldReason.NO_STANDARD;
        }
        return null;
    }
}
