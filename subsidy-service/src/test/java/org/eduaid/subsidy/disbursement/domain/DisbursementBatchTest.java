package org.eduaid.subsidy.disbursement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.eduaid.contracts.subsidy.DisbursementBatchReleased;
import org.eduaid.contracts.subsidy.DisbursementBatchSealed;
import org.junit.jupiter.api.Test;

class DisbursementBatchTest {

    private static final Instant AT = Instant.parse("2024-10-01T02:00:00Z");

    @Test
    void aBatchIsSealedThenReleasedWithItsFigures() {
        DisbursementBatch draft = DisbursementBatch.create("150424", "GRANT", "2024-2025-1", AT);
        assertThat(draft.id()).isEqualTo("150424~GRANT~2024-2025-1");
        assertThat(draft.state()).isEqualTo(BatchState.DRAFT);

        DisbursementBatch sealing = draft.startSealing();
        assertThat(sealing.startSealing()).isEqualTo(sealing);
        var sealed = sealing.seal(3, 1, 150_003, 1, AT);
        assertThat(sealed.aggregate().state()).isEqualTo(BatchState.SEALED);
        assertThat(sealed.events()).containsExactly(new DisbursementBatchSealed(draft.id(), "150424", "GRANT",
                "2024-2025-1", 3, 1, 150_003, AT));

        var released = sealed.aggregate().startReleasing().release(2, 1, 100_002, AT);
        assertThat(released.aggregate().state()).isEqualTo(BatchState.RELEASED);
        assertThat(released.aggregate().figures()).isEqualTo(new BatchFigures(2, 1, 100_002, 1, 1));
        assertThat(((DisbursementBatchReleased) released.events().get(0)).stopped()).isEqualTo(1);
    }

    @Test
    void aSealStoppedForLackOfBudgetLeavesADraftThatSaysWhy() {
        DisbursementBatch sealing = DisbursementBatch.create("150424", "GRANT", "2024-2025-1", AT).startSealing();
        DisbursementBatch blocked = sealing.blockedByBudget(new BudgetBlock("150424~GRANT~2024", 500, 100, AT));

        assertThat(blocked.state()).isEqualTo(BatchState.DRAFT);
        assertThat(blocked.blocked().neededFen()).isEqualTo(500);
        assertThat(blocked.startSealing().blocked()).isNull();
    }

    @Test
    void forbiddenStepsAreRefused() {
        DisbursementBatch draft = DisbursementBatch.create("150424", "GRANT", "2024-2025-1", AT);
        assertThatThrownBy(draft::startReleasing).isInstanceOf(BatchTransitionException.class);
        assertThatThrownBy(() -> draft.seal(1, 0, 1, 1, AT)).isInstanceOf(BatchTransitionException.class);
        DisbursementBatch sealed = draft.startSealing().seal(1, 0, 1, 1, AT).aggregate();
        assertThatThrownBy(sealed::startSealing).isInstanceOf(BatchTransitionException.class);
        assertThatThrownBy(() -> sealed.blockedByBudget(new BudgetBlock("b", 1, 0, AT)))
                .isInstanceOf(BatchTransitionException.class);
        assertThatThrownBy(() -> draft.withRetryPayment("p~GRANT~2024-2025-1")).isInstanceOf(BatchTransitionException.class);
    }

    @Test
    void retryBatchesAreNumberedAndReleasedStraightFromTheirDraft() {
        DisbursementBatch regular = DisbursementBatch.create("150424", "GRANT", "2024-2025-1", AT);
        DisbursementBatch retry = regular.retryBatch(1, AT);

        assertThat(retry.id()).isEqualTo("150424~GRANT~2024-2025-1~R1");
        assertThat(retry.kind()).isEqualTo(BatchKind.RETRY);
        assertThat(retry.regularBatchId()).isEqualTo(regular.id());
        assertThatThrownBy(retry::startReleasing).isInstanceOf(BatchTransitionException.class)
                .hasMessageContaining("without payments");
        DisbursementBatch carrying = retry.withRetryPayment("p-1~GRANT~2024-2025-1").withRetryPayment("p-1~GRANT~2024-2025-1");
        assertThat(carrying.retryPaymentIds()).containsExactly("p-1~GRANT~2024-2025-1");
        assertThat(carrying.startReleasing().state()).isEqualTo(BatchState.RELEASING);
        assertThatThrownBy(carrying::startSealing).isInstanceOf(BatchTransitionException.class);
    }
}
