package org.eduaid.subsidy.disbursement.persistence;

import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.eduaid.subsidy.disbursement.domain.Amount;
import org.eduaid.subsidy.disbursement.domain.EntryType;
import org.eduaid.subsidy.disbursement.domain.Payment;
import org.eduaid.subsidy.disbursement.domain.PaymentEntry;
import org.eduaid.subsidy.disbursement.domain.PaymentFacts;

/**
 * A payment as a document. The derived {@code state}, {@code stateReason} and {@code stateSince}
 * are stored beside the entries so the gap list reads three small fields instead of the ledger.
 */
final class PaymentDocuments {

    static final String BATCH = "batchId";
    static final String STATE = "state";
    static final String STATE_REASON = "stateReason";
    static final String STATE_SINCE = "stateSince";
    static final String AMOUNT = "amount";

    private PaymentDocuments() {
    }

    static Document toDocument(Payment payment) {
        PaymentFacts f = payment.facts();
        Amount a = f.amount();
        PaymentEntry last = payment.lastEntry();
        return new Document("studentId", f.studentId())
                .append("programmeCode", f.programmeCode())
                .append("programmeKind", f.programmeKind())
                .append("term", f.term())
                .append("countyCode", f.countyCode())
                .append("schoolCode", f.schoolCode())
                .append("stage", f.stage())
                .append("locality", f.locality())
                .append("flags", f.flags())
                .append(AMOUNT, new Document("totalFen", a.totalFen()).append("centralFen", a.centralFen())
                        .append("provincialFen", a.provincialFen()).append("countyFen", a.countyFen()))
                .append(BATCH, payment.batchId())
                .append("maskedName", payment.maskedName())
                .append("entries", payment.entries().stream().map(PaymentDocuments::entry).toList())
                .append(STATE, payment.state().name())
                .append(STATE_REASON, last.reason())
                .append(STATE_SINCE, Date.from(last.at()));
    }

    static Payment fromDocument(Document d) {
        Document a = d.get(AMOUNT, Document.class);
        PaymentFacts facts = new PaymentFacts(d.getString("studentId"), d.getString("programmeCode"),
                d.getString("programmeKind"), d.getString("term"), d.getString("countyCode"), d.getString("schoolCode"),
                d.getString("stage"), d.getString("locality"), d.getList("flags", String.class),
                new Amount(a.getLong("totalFen"), a.getLong("centralFen"), a.getLong("provincialFen"),
                        a.getLong("countyFen")));
        List<PaymentEntry> entries = d.getList("entries", Document.class).stream()
                .map(e -> new PaymentEntry(EntryType.valueOf(e.getString("type")), e.getLong("amountFen"),
                        e.getDate("at").toInstant(), e.getString("by"), e.getString("batchId"), e.getString("reason")))
                .toList();
        return new Payment(d.getString("_id"), facts, d.getString(BATCH), d.getString("maskedName"), entries);
    }

    private static Document entry(PaymentEntry e) {
        Document document = new Document("type", e.type().name()).append("amountFen", e.amountFen())
                .append("at", Date.from(e.at())).append("by", e.by()).append("batchId", e.batchId());
        if (e.reason() != null) {
            document.append("reason", e.reason());
        }
        return document;
    }
}
