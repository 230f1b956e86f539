package org.eduaid.subsidy.disbursement.web;

import java.time.Instant;
import java.util.List;

import org.eduaid.subsidy.disbursement.application.LedgerPage;
import org.eduaid.subsidy.disbursement.application.VersionedBatch;
import org.eduaid.subsidy.disbursement.application.VersionedPayment;
import org.eduaid.subsidy.disbursement.domain.Amount;
import org.eduaid.subsidy.disbursement.domain.DisbursementBatch;
import org.eduaid.subsidy.disbursement.domain.Payment;
import org.eduaid.subsidy.disbursement.domain.PaymentEntry;

/** Response bodies of the batch, payment and ledger endpoints. Amounts are fen; names are masked. */
final class DisbursementViews {

    private DisbursementViews() {
    }

    record Blocked(String budgetId, long neededFen, long remainingFen, Instant at) {
    }

    record BatchView(String batchId, String countyCode, String programmeCode, String term, String kind, String state,
            int payments, int held, long totalFen, int stopped, Blocked blockedByBudget, int retryPayments,
            Instant createdAt, Instant sealedAt, Instant releasedAt, long version) {

        static BatchView of(VersionedBatch found) {
            DisbursementBatch b = found.batch();
            return new BatchView(b.id(), b.countyCode(), b.programmeCode(), b.term(), b.kind().name(), b.state().name(),
                    b.figures().payments(), b.figures().held(), b.figures().totalFen(), b.figures().stopped(),
                    b.blocked() == null ? null : new Blocked(b.blocked().budgetId(), b.blocked().neededFen(),
                            b.blocked().remainingFen(), b.blocked().at()),
                    b.retryPaymentIds().size(), b.createdAt(), b.sealedAt(), b.releasedAt(), found.version());
        }
    }

    record Entry(String type, long amountFen, Instant at, String by, String batchId, String reason) {

        static Entry of(PaymentEntry e) {
            return new Entry(e.type().name(), e.amountFen(), e.at(), e.by(), e.batchId(), e.reason());
        }
    }

    record AmountView(long totalFen, long centralFen, long provincialFen, long countyFen) {

        static AmountView of(Amount a) {
            return new AmountView(a.totalFen(), a.centralFen(), a.provincialFen(), a.countyFen());
        }
    }

    record PaymentView(String paymentId, String studentId, String maskedName, String programmeCode,
            String programmeKind, String term, String countyCode, String schoolCode, String stage, String locality,
            List<String> flags, AmountView amount, String state, String batchId, long netFen, List<Entry> entries,
            long version) {

        static PaymentView of(VersionedPayment found) {
            return of(found.payment(), found.version());
        }

        static PaymentView of(Payment p, long version) {
            var f = p.facts();
            return new PaymentView(p.id(), f.studentId(), p.maskedName(), f.programmeCode(), f.programmeKind(), f.term(),
                    f.countyCode(), f.schoolCode(), f.stage(), f.locality(), f.flags(), AmountView.of(f.amount()),
                    p.state().name(), p.batchId(), p.netFen(), p.entries().stream().map(Entry::of).toList(), version);
        }
    }

    record RetryList(String countyCode, List<PaymentView> payments) {
    }

    record LedgerEntry(String paymentId, String studentId, String maskedName, String schoolCode, String stage,
            String type, long amountFen, Instant at, String by, String batchId, String reason) {
    }

    /** {@code total} counts payments; each payment contributes all its entries to the page. */
    record LedgerView(String batchId, int page, int size, long total, long netFen, List<LedgerEntry> entries) {

        static LedgerView of(LedgerPage ledger) {
            List<LedgerEntry> entries = ledger.payments().stream().flatMap(p -> p.entries().stream()
                    .map(e -> new LedgerEntry(p.id(), p.facts().studentId(), p.maskedName(), p.facts().schoolCode(),
                            p.facts().stage(), e.type().name(), e.amountFen(), e.at(), e.by(), e.batchId(), e.reason())))
                    .toList();
            return new LedgerView(ledger.batchId(), ledger.page(), ledger.size(), ledger.total(),
                    ledger.payments().stream().mapToLong(Payment::netFen).sum(), entries);
        }
    }
}
