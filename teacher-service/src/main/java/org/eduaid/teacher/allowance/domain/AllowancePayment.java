package org.eduaid.teacher.allowance.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eduaid.contracts.teacher.RuralAllowanceApproved;
import org.eduaid.contracts.teacher.RuralAllowanceDisbursed;
import org.eduaid.contracts.teacher.RuralAllowanceFacts;
import org.eduaid.contracts.teacher.RuralAllowanceFailed;
import org.eduaid.contracts.teacher.RuralAllowanceResubmitted;
import org.eduaid.kit.domain.ResultWithEvents;

/**
 * One teacher's allowance for one month, id {@code teacherId~YYYY-MM}: there is never a second one.
 * Its entries are only ever added to (approved, then the bank's answers and resubmissions); the
 * state is the last entry's.
 */
public record AllowancePayment(String id, String teacherId, String month, String schoolCode, String countyCode,
        AllowanceTier tier, long amountFen, String payrollId, List<Entry> entries) {

    public enum State { APPROVED, DISBURSED, FAILED, RESUBMITTED }

    public record Entry(State state, Instant at, String reason, LocalDate valueDate) {
    }

    public AllowancePayment {
        Objects.requireNonNull(id, "id");
        entries = List.copyOf(entries);
    }

    public static ResultWithEvents<AllowancePayment> approve(PayrollMonth.Line line, String payrollId, Instant at) {
        AllowancePayment payment = new AllowancePayment(line.paymentId(), line.teacherId(), line.month().toString(),
                line.schoolCode(), line.countyCode(), line.tier(), line.amountFen(), payrollId,
                List.of(new Entry(State.APPROVED, at, null, null)));
        return ResultWithEvents.of(payment, new RuralAllowanceApproved(payment.facts(), at));
    }

    public State state() {
        return entries.get(entries.size() - 1).state();
    }

    public int attempts() {
        return 1 + (int) entries.stream().filter(entry -> entry.state() == State.RESUBMITTED).count();
    }

    /** The bank paid it. Only a payment waiting for the bank can be paid. */
    public ResultWithEvents<AllowancePayment> disbursed(LocalDate valueDate, Instant at) {
        requireAwaitingTheBank();
        AllowancePayment paid = with(new Entry(State.DISBURSED, at, null, valueDate));
        return ResultWithEvents.of(paid, new RuralAllowanceDisbursed(facts(), valueDate.toString(), at));
    }

    /** The bank could not pay it; it waits on the county's retry list. */
    public ResultWithEvents<AllowancePayment> failed(String reason, Instant at) {
        requireAwaitingTheBank();
        AllowancePayment failed = with(new Entry(State.FAILED, at, reason, null));
        return ResultWithEvents.of(failed, new RuralAllowanceFailed(facts(), reason, at));
    }

    /** A failed payment goes to the bank again. */
    public ResultWithEvents<AllowancePayment> resubmit(Instant at) {
        if (state() != State.FAILED) {
            throw new IllegalStateException("only a failed payment is resubmitted; this one is " + state());
        }
        AllowancePayment again = with(new Entry(State.RESUBMITTED, at, null, null));
        return ResultWithEvents.of(again, new RuralAllowanceResubmitted(facts(), again.attempts(), at));
    }

    public boolean awaitingTheBank() {
        return state() == State.APPROVED || state() == State.RESUBMITTED;
    }

    private void requireAwaitingTheBank() {
        if (!awaitingTheBank()) {
            throw new IllegalStateException("the payment is " + state() + ", not waiting for the bank");
        }
    }

    private AllowancePayment with(Entry entry) {
        List<Entry> more = new ArrayList<>(entries);
        more.add(entry);
        return new AllowancePayment(id, teacherId, month, schoolCode, countyCode, tier, amountFen, payrollId, more);
    }

    public RuralAllowanceFacts facts() {
        return new RuralAllowanceFacts(id, teacherId, month, schoolCode, countyCode, tier.name(), amountFen, payrollId);
    }
}
