package org.eduaid.subsidy.disbursement.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eduaid.contracts.subsidy.DisbursementBatchReleased;
import org.eduaid.contracts.subsidy.DisbursementBatchSealed;
import org.eduaid.kit.domain.ResultWithEvents;

/**
 * A county's disbursement batch for one programme and term (id {@code countyCode~programmeCode~term}),
 * or one of its retry batches ({@code ...~R1}, {@code ~R2}, ...). The payment ids of a regular batch
 * live in item chunks of their own (100,000 ids would not fit one document); a retry batch is small
 * and lists them itself.
 *
 * @param blocked the last seal stopped for lack of budget, or {@code null}
 * @param retryRound the number of the regular batch's newest retry batch, 0 for none
 * @param retryPaymentIds the payments a retry batch carries
 */
public record DisbursementBatch(String id, String countyCode, String programmeCode, String term, BatchKind kind,
        BatchState state, BatchFigures figures, BudgetBlock blocked, int retryRound, List<String> retryPaymentIds,
        Instant createdAt, Instant sealedAt, Instant releasedAt) {

    public DisbursementBatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        figures = figures == null ? BatchFigures.NONE : figures;
        retryPaymentIds = retryPaymentIds == null ? List.of() : List.copyOf(retryPaymentIds);
    }

    public static String idOf(String countyCode, String programmeCode, String term) {
        return countyCode + "~" + programmeCode + "~" + term;
    }

    public static DisbursementBatch create(String countyCode, String programmeCode, String term, Instant at) {
        return new DisbursementBatch(idOf(countyCode, programmeCode, term), countyCode, programmeCode, term,
                BatchKind.REGULAR, BatchState.DRAFT, BatchFigures.NONE, null, 0, List.of(), at, null, null);
    }

    /** Retry batch number {@code round} (1, 2, ...) of this regular batch, as a new draft. */
    public DisbursementBatch retryBatch(int round, Instant at) {
        requireKind(BatchKind.REGULAR);
        if (round < 1) {
            throw new IllegalArgumentException("retry batches are numbered from 1");
        }
        return new DisbursementBatch(id + "~R" + round, countyCode, programmeCode, term, BatchKind.RETRY,
                BatchState.DRAFT, BatchFigures.NONE, null, 0, List.of(), at, null, null);
    }

    public DisbursementBatch withRetryRound(int round) {
        requireKind(BatchKind.REGULAR);
        return new DisbursementBatch(id, countyCode, programmeCode, term, kind, state, figures, blocked, round,
                retryPaymentIds, createdAt, sealedAt, releasedAt);
    }

    /** The regular batch this one belongs to (itself for a regular batch). */
    public String regularBatchId() {
        return idOf(countyCode, programmeCode, term);
    }

    public boolean openForRetries() {
        return kind == BatchKind.RETRY && state == BatchState.DRAFT;
    }

    public DisbursementBatch withRetryPayment(String paymentId) {
        if (!openForRetries()) {
            throw new BatchTransitionException("given payments to retry", state);
        }
        if (retryPaymentIds.contains(paymentId)) {
            return this;
        }
        List<String> ids = new ArrayList<>(retryPaymentIds);
        ids.add(paymentId);
        return new DisbursementBatch(id, countyCode, programmeCode, term, kind, state, figures, blocked, retryRound, ids,
                createdAt, sealedAt, releasedAt);
    }

    /** The seal was stopped: the budget cannot carry the batch. The batch is a draft again and says why. */
    public DisbursementBatch blockedByBudget(BudgetBlock block) {
        requireKind(BatchKind.REGULAR);
        if (state != BatchState.DRAFT && state != BatchState.SEALING) {
            throw new BatchTransitionException("stopped for lack of budget", state);
        }
        return new DisbursementBatch(id, countyCode, programmeCode, term, kind, BatchState.DRAFT, figures, block,
                retryRound, retryPaymentIds, createdAt, sealedAt, releasedAt);
    }

    /** Sealing starts (or, after a crash, goes on): the payments are about to be written. */
    public DisbursementBatch startSealing() {
        requireKind(BatchKind.REGULAR);
        if (state != BatchState.DRAFT && state != BatchState.SEALING) {
            throw new BatchTransitionException("sealed", state);
        }
        return new DisbursementBatch(id, countyCode, programmeCode, term, kind, BatchState.SEALING, figures, null,
                retryRound, retryPaymentIds, createdAt, sealedAt, releasedAt);
    }

    public ResultWithEvents<DisbursementBatch> seal(int payments, int held, long totalFen, int chunks, Instant at) {
        if (state != BatchState.SEALING) {
            throw new BatchTransitionException("sealed", state);
        }
        DisbursementBatch sealed = new DisbursementBatch(id, countyCode, programmeCode, term, kind, BatchState.SEALED,
                new BatchFigures(payments, held, totalFen, 0, chunks), null, retryRound, retryPaymentIds, createdAt, at,
                null);
        return ResultWithEvents.of(sealed, new DisbursementBatchSealed(id, countyCode, programmeCode, term, payments,
                held, totalFen, at));
    }

    /** Release starts (or goes on after a crash); a retry batch is released straight from its draft. */
    public DisbursementBatch startReleasing() {
        boolean startable = state == BatchState.SEALED || state == BatchState.RELEASING
                || (kind == BatchKind.RETRY && state == BatchState.DRAFT);
        if (!startable) {
            throw new BatchTransitionException("released", state);
        }
        if (kind == BatchKind.RETRY && retryPaymentIds.isEmpty()) {
            throw new BatchTransitionException("A retry batch without payments cannot be released.");
        }
        return new DisbursementBatch(id, countyCode, programmeCode, term, kind, BatchState.RELEASING, figures, blocked,
                retryRound, retryPaymentIds, createdAt, sealedAt, releasedAt);
    }

    public ResultWithEvents<DisbursementBatch> release(int payments, int stopped, long totalFen, Instant at) {
        if (state != BatchState.RELEASING) {
            throw new BatchTransitionException("released", state);
        }
        BatchFigures released = new BatchFigures(payments, figures.held(), totalFen, stopped, figures.chunks());
        DisbursementBatch done = new DisbursementBatch(id, countyCode, programmeCode, term, kind, BatchState.RELEASED,
                released, blocked, retryRound, retryPaymentIds, createdAt, sealedAt == null ? at : sealedAt, at);
        return ResultWithEvents.of(done, new DisbursementBatchReleased(id, countyCode, programmeCode, term, payments,
                stopped, totalFen, at));
    }

    private void requireKind(BatchKind required) {
        if (kind != required) {
            throw new BatchTransitionException("Only a " + required.name().toLowerCase() + " batch can do that.");
        }
    }
}
