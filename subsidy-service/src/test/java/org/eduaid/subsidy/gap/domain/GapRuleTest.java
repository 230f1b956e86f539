package org.eduaid.subsidy.gap.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.eduaid.subsidy.review.domain.ApplicationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GapRuleTest {

    @ParameterizedTest
    @CsvSource({ "SUBMITTED,NOT_REVIEWED", "ACCEPTED,AWAITING_NOTICE", "ON_NOTICE,ON_NOTICE" })
    void beforeApprovalTheStepTheCountyOwesIsTheReason(ApplicationState state, GapReason reason) {
        assertThat(GapRule.reasonFor(state, null, false)).contains(reason);
        assertThat(GapRule.reasonFor(state, null, true)).contains(reason);
    }

    @Test
    void decisionsAreNotGaps() {
        assertThat(GapRule.reasonFor(ApplicationState.REJECTED, null, false)).isEmpty();
        assertThat(GapRule.reasonFor(ApplicationState.WITHDRAWN, null, false)).isEmpty();
    }

    @Test
    void anApprovedStudentWithoutAPaymentIsNotInABatchUnlessTheBudgetStoppedIt() {
        assertThat(GapRule.reasonFor(ApplicationState.APPROVED, null, false)).contains(GapReason.NOT_IN_BATCH);
        assertThat(GapRule.reasonFor(ApplicationState.APPROVED, null, true)).contains(GapReason.BUDGET_EXHAUSTED);
    }

    @ParameterizedTest
    @CsvSource({ "HELD,HELD", "STOPPED,HELD", "FAILED,FAILED_PAYMENT", "RETURNED,FAILED_PAYMENT",
            "APPROVED,IN_PAYMENT", "RELEASED,IN_PAYMENT", "RESUBMITTED,IN_PAYMENT" })
    void anApprovedStudentsPaymentSaysWhereItIs(String paymentState, GapReason reason) {
        assertThat(GapRule.reasonFor(ApplicationState.APPROVED, paymentState, false)).contains(reason);
    }

    @ParameterizedTest
    @CsvSource({ "DISBURSED", "RECOVERED" })
    void aDisbursedPaymentClosesTheGap(String paymentState) {
        assertThat(GapRule.reasonFor(ApplicationState.APPROVED, paymentState, true)).isEqualTo(Optional.empty());
    }
}
