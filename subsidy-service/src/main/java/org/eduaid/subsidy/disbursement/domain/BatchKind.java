package org.eduaid.subsidy.disbursement.domain;

/**
 * REGULAR: a county's one batch per programme and term, which approves the payments. RETRY: carries
 * failed and returned payments to the bank again; it approves nothing and needs no budget, since the
 * money stayed committed in the regular batch.
 */
public enum BatchKind {
    REGULAR, RETRY
}
