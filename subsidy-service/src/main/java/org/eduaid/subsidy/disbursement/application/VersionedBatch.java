package org.eduaid.subsidy.disbursement.application;

import org.eduaid.subsidy.disbursement.domain.DisbursementBatch;

/** A batch as stored, with the version a command must name. */
public record VersionedBatch(DisbursementBatch batch, long version) {
}
