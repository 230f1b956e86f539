package org.eduaid.subsidy.disbursement.application;

import org.eduaid.subsidy.disbursement.domain.Payment;

/** A payment as stored, with the version a change must name. */
public record VersionedPayment(Payment payment, long version) {
}
