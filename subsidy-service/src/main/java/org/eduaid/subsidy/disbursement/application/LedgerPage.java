package org.eduaid.subsidy.disbursement.application;

import java.util.List;

import org.eduaid.subsidy.disbursement.domain.Payment;

/** One page of a county's payments for a programme and term, each with its whole ledger. */
public record LedgerPage(String batchId, List<Payment> payments, int page, int size, long total) {
}
