package org.eduaid.subsidy.disbursement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eduaid.contracts.subsidy.AidAmount;
import org.eduaid.contracts.subsidy.AidPaymentApproved;
import org.eduaid.contracts.subsidy.AidPaymentDisbursed;
import org.eduaid.contracts.subsidy.AidPaymentFacts;
import org.eduaid.contracts.subsidy.AidPaymentFailed;
import org.eduaid.contracts.subsidy.AidPaymentRecovered;
import org.eduaid.contracts.subsidy.AidPaymentResubmitted;
import org.eduaid.contracts.subsidy.AidPaymentReturned;
import org.eduaid.contracts.subsidy.AidPaymentStopped;
import org.eduaid.kit.domain.ResultWithEvents;

/**
 * The one payment a student gets from a programme in a term (id {@code studentId~programmeCode~term}),
 * kept as an append-only ledger: every step adds an entry and nothing is ever rewritten; a correction
 * or recovery is a new entry. Its state is that of the last entry.
 *
 * @param batchId the batch the payment currently travels in: the sealing batch, or a retry batch
 * @param maskedName the student's masked name at sealing, for the bank list and the ledger
 */
public record Payment(String id, PaymentFacts facts, String batchId, String maskedName, List<PaymentEntry> entries) {

    private static final Set<PaymentState> RECOVERABLE = EnumSet.of(PaymentState.DISBURSED, PaymentState.RECOVERED);

    public Payment {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(batchId, "batchId");
        entries = List.copyOf(entries);
        if (entries.isEmpty() || entries.get(0).type() != EntryType.APPROVED) {
            throw new IllegalArgumentException("a payment's ledger starts with its approval");
        }
        if (!facts.paymentId().equals(id)) {
            throw new IllegalArgumentException("a payment's id is studentId~programmeCode~term");
        }
    }

    /** A sealed batch approves the payment: the amount is fixed from here on. */
    public static ResultWithEvents<Payment> approve(PaymentFacts facts, String batchId, String maskedName, Stamp stamp) {
        PaymentEntry approved = new PaymentEntry(EntryType.APPROVED, facts.amount().totalFen(), stamp.at(), stamp.by(),
                batchId, null);
        Payment payment = new Payment(facts.paymentId(), facts, batchId, maskedName, List.of(approved));
        return ResultWithEvents.of(payment, new AidPaymentApproved(payment.contractFacts(), batchId, stamp.at()));
    }

    public PaymentState state() {
        return entries.get(entries.size() - 1).type().state();
    }

    public PaymentEntry lastEntry() {
        return entries.get(entries.size() - 1);
    }

    public Amount amount() {
        return facts.amount();
    }

    /** What the payment pays in the end: the sum of its entries (approved, less stopped and recovered). */
    public long netFen() {
        return entries.stream().mapToLong(PaymentEntry::amountFen).sum();
    }

    /** Money that reached the student and has not been recovered; 0 unless disbursed. */
    public long atStudentFen() {
        return RECOVERABLE.contains(state()) ? netFen() : 0;
    }

    /** Whether the money is still committed against the budget (everything but a stopped payment). */
    public boolean committed() {
        return state() != PaymentState.STOPPED;
    }

    /** The batch sends it to the bank; first time or after a resubmission. Raises no event of its own. */
    public ResultWithEvents<Payment> release(String releasingBatchId, Stamp stamp) {
        require("released", PaymentState.APPROVED, PaymentState.RESUBMITTED);
        requireBatch(releasingBatchId);
        return ResultWithEvents.of(append(batchId, new PaymentEntry(EntryType.RELEASED, 0, stamp.at(), stamp.by(),
                releasingBatchId, null)));
    }

    /** The student left (or lost eligibility) after sealing and before release: the money goes back. */
    public ResultWithEvents<Payment> stop(String reason, Stamp stamp) {
        require("stopped", PaymentState.APPROVED);
        Payment stopped = append(batchId, new PaymentEntry(EntryType.STOPPED, -amount().totalFen(), stamp.at(), stamp.by(),
                batchId, reason));
        return ResultWithEvents.of(stopped, new AidPaymentStopped(id, facts.studentId(), facts.countyCode(),
                amount().totalFen(), reason, stamp.at()));
    }

    /** The bank paid it on {@code valueDate}. */
    public ResultWithEvents<Payment> disburse(String resultBatchId, LocalDate valueDate, Stamp stamp) {
        require("disbursed", PaymentState.RELEASED);
        requireBatch(resultBatchId);
        Objects.requireNonNull(valueDate, "valueDate");
        Payment disbursed = append(batchId, new PaymentEntry(EntryType.DISBURSED, 0, stamp.at(), stamp.by(), batchId,
                valueDate.toString()));
        return ResultWithEvents.of(disbursed, new AidPaymentDisbursed(contractFacts(), batchId, valueDate.toString(),
                stamp.at()));
    }

    /** The bank could not pay it (for example a closed account): it goes on the retry list. */
    public ResultWithEvents<Payment> fail(String resultBatchId, String reason, Stamp stamp) {
        require("marked failed", PaymentState.RELEASED);
        requireBatch(resultBatchId);
        Payment failed = append(batchId, new PaymentEntry(EntryType.FAILED, 0, stamp.at(), stamp.by(), batchId, reason));
        return ResultWithEvents.of(failed, new AidPaymentFailed(id, facts.studentId(), facts.countyCode(),
                amount().totalFen(), reason, stamp.at()));
    }

    /** Money paid came back from the bank: on the retry list, the amount still owed to the student. */
    public ResultWithEvents<Payment> returned(String reason, Stamp stamp) {
        require("returned", PaymentState.DISBURSED);
        Payment back = append(batchId, new PaymentEntry(EntryType.RETURNED, 0, stamp.at(), stamp.by(), batchId, reason));
        return ResultWithEvents.of(back, new AidPaymentReturned(id, facts.studentId(), facts.countyCode(),
                amount().totalFen(), reason, stamp.at()));
    }

    /** A failed or returned payment goes out again, for the same amount, in {@code retryBatchId}. */
    public ResultWithEvents<Payment> resubmit(String retryBatchId, Stamp stamp) {
        if (!state().awaitsRetry()) {
            throw new PaymentTransitionException("resubmitted", state());
        }
        Objects.requireNonNull(retryBatchId, "retryBatchId");
        Payment again = append(retryBatchId, new PaymentEntry(EntryType.RESUBMITTED, 0, stamp.at(), stamp.by(),
                retryBatchId, null));
        return ResultWithEvents.of(again, new AidPaymentResubmitted(id, facts.studentId(), facts.countyCode(),
                retryBatchId, stamp.at()));
    }

    /** Money paid is taken back (追回), in part or whole: a new negative entry; the original stays. */
    public ResultWithEvents<Payment> recover(long recoveredFen, String reason, Stamp stamp) {
        if (!RECOVERABLE.contains(state())) {
            throw new PaymentTransitionException("recovered", state());
        }
        if (recoveredFen <= 0) {
            throw new PaymentTransitionException("A recovery takes back a positive amount.");
        }
        if (recoveredFen > atStudentFen()) {
            throw new PaymentTransitionException("A recovery cannot take back more than the " + atStudentFen()
                    + " fen the student holds from this payment.");
        }
        Payment recovered = append(batchId, new PaymentEntry(EntryType.RECOVERED, -recoveredFen, stamp.at(), stamp.by(),
                batchId, reason));
        return ResultWithEvents.of(recovered, new AidPaymentRecovered(contractFacts(), recoveredFen, reason, stamp.at()));
    }

    /** The facts as every money-moving event carries them. */
    public AidPaymentFacts contractFacts() {
        Amount a = amount();
        return new AidPaymentFacts(id, facts.studentId(), facts.programmeCode(), facts.programmeKind(), facts.term(),
                facts.countyCode(), facts.schoolCode(), facts.stage(), facts.locality(), facts.flags(),
                new AidAmount(a.totalFen(), a.centralFen(), a.provincialFen(), a.countyFen()));
    }

    private void require(String step, PaymentState... allowed) {
        if (!EnumSet.of(allowed[0], allowed).contains(state())) {
            throw new PaymentTransitionException(step, state());
        }
    }

    private void requireBatch(String otherBatchId) {
        if (!batchId.equals(otherBatchId)) {
            throw new PaymentTransitionException("The payment travels in batch " + batchId + ", not " + otherBatchId + ".");
        }
    }

    private Payment append(String newBatchId, PaymentEntry entry) {
        List<PaymentEntry> more = new ArrayList<>(entries.size() + 1);
        more.addAll(entries);
        more.add(entry);
        return new Payment(id, facts, newBatchId, maskedName, more);
    }
}
