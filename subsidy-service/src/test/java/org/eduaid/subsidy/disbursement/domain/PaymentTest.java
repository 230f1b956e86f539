package org.eduaid.subsidy.disbursement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eduaid.contracts.subsidy.AidPaymentApproved;
import org.eduaid.contracts.subsidy.AidPaymentDisbursed;
import org.eduaid.contracts.subsidy.AidPaymentFailed;
import org.eduaid.contracts.subsidy.AidPaymentRecovered;
import org.eduaid.contracts.subsidy.AidPaymentResubmitted;
import org.eduaid.contracts.subsidy.AidPaymentReturned;
import org.eduaid.contracts.subsidy.AidPaymentStopped;
import org.eduaid.kit.domain.ResultWithEvents;
import org.junit.jupiter.api.Test;

class PaymentTest {

    private static final String BATCH = "150424~GRANT~2024-2025-1";
    private static final Stamp STAMP = new Stamp("officer", Instant.parse("2024-10-01T02:00:00Z"));
    private static final Amount AMOUNT = new Amount(50_001, 40_000, 5_000, 5_001);

    static Payment approved() {
        return Payment.approve(facts(), BATCH, "王*", STAMP).aggregate();
    }

    static PaymentFacts facts() {
        return new PaymentFacts("p-1", "GRANT", "GRANT", "2024-2025-1", "150424", "1504240001", "PRIMARY", "RURAL",
                List.of("ORPHAN", "DIBAO"), AMOUNT);
    }

    @Test
    void approvalFixesTheAmountInFenAndStartsTheLedger() {
        ResultWithEvents<Payment> result = Payment.approve(facts(), BATCH, "王*", STAMP);
        Payment payment = result.aggregate();

        assertThat(payment.id()).isEqualTo("p-1~GRANT~2024-2025-1");
        assertThat(payment.state()).isEqualTo(PaymentState.APPROVED);
        assertThat(payment.entries()).containsExactly(new PaymentEntry(EntryType.APPROVED, 50_001, STAMP.at(), "officer",
                BATCH, null));
        assertThat(payment.netFen()).isEqualTo(50_001);
        assertThat(payment.facts().flags()).containsExactly("DIBAO", "ORPHAN");
        AidPaymentApproved event = (AidPaymentApproved) result.events().get(0);
        assertThat(event.payment().amount().totalFen()).isEqualTo(50_001);
        assertThat(event.payment().amount().centralFen() + event.payment().amount().provincialFen()
                + event.payment().amount().countyFen()).isEqualTo(50_001);
        assertThat(event.batchId()).isEqualTo(BATCH);
    }

    @Test
    void amountsWhosePartsDoNotAddUpAreRefused() {
        assertThatThrownBy(() -> new Amount(100, 80, 10, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Amount(-1, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void releasedThenDisbursedKeepsEveryStepAndTheNetAmount() {
        Payment released = approved().release(BATCH, STAMP).aggregate();
        ResultWithEvents<Payment> disbursed = released.disburse(BATCH, LocalDate.of(2024, 10, 8), STAMP);

        assertThat(released.state()).isEqualTo(PaymentState.RELEASED);
        assertThat(disbursed.aggregate().state()).isEqualTo(PaymentState.DISBURSED);
        assertThat(disbursed.aggregate().entries()).extracting(PaymentEntry::type)
                .containsExactly(EntryType.APPROVED, EntryType.RELEASED, EntryType.DISBURSED);
        assertThat(disbursed.aggregate().lastEntry().reason()).isEqualTo("2024-10-08");
        assertThat(disbursed.aggregate().netFen()).isEqualTo(50_001);
        assertThat(disbursed.aggregate().atStudentFen()).isEqualTo(50_001);
        assertThat(((AidPaymentDisbursed) disbursed.events().get(0)).disbursedOn()).isEqualTo("2024-10-08");
    }

    @Test
    void aFailedPaymentIsResubmittedInARetryBatchAndPaidThere() {
        ResultWithEvents<Payment> failed = approved().release(BATCH, STAMP).aggregate().fail(BATCH, "ACCOUNT_CLOSED", STAMP);
        assertThat(failed.aggregate().state()).isEqualTo(PaymentState.FAILED);
        assertThat(failed.aggregate().state().awaitsRetry()).isTrue();
        assertThat(((AidPaymentFailed) failed.events().get(0)).amountFen()).isEqualTo(50_001);

        ResultWithEvents<Payment> again = failed.aggregate().resubmit(BATCH + "~R1", STAMP);
        assertThat(again.aggregate().batchId()).isEqualTo(BATCH + "~R1");
        assertThat(((AidPaymentResubmitted) again.events().get(0)).batchId()).isEqualTo(BATCH + "~R1");
        assertThatThrownBy(() -> again.aggregate().release(BATCH, STAMP)).isInstanceOf(PaymentTransitionException.class);

        Payment paid = again.aggregate().release(BATCH + "~R1", STAMP).aggregate()
                .disburse(BATCH + "~R1", LocalDate.of(2024, 11, 1), STAMP).aggregate();
        assertThat(paid.state()).isEqualTo(PaymentState.DISBURSED);
        assertThat(paid.netFen()).isEqualTo(50_001);
        assertThat(paid.entries()).hasSize(6);
    }

    @Test
    void returnedMoneyGoesBackOnTheRetryList() {
        Payment paid = approved().release(BATCH, STAMP).aggregate().disburse(BATCH, LocalDate.of(2024, 10, 8), STAMP)
                .aggregate();
        ResultWithEvents<Payment> back = paid.returned("ACCOUNT_CLOSED_AFTER_PAYMENT", STAMP);

        assertThat(back.aggregate().state()).isEqualTo(PaymentState.RETURNED);
        assertThat(back.aggregate().atStudentFen()).isZero();
        assertThat(back.events()).singleElement().isInstanceOf(AidPaymentReturned.class);
        assertThat(back.aggregate().resubmit(BATCH + "~R1", STAMP).aggregate().state())
                .isEqualTo(PaymentState.RESUBMITTED);
    }

    @Test
    void aStopGivesTheMoneyBackWithANegativeEntry() {
        ResultWithEvents<Payment> stopped = approved().stop("NOT_ENROLLED", STAMP);

        assertThat(stopped.aggregate().state()).isEqualTo(PaymentState.STOPPED);
        assertThat(stopped.aggregate().lastEntry().amountFen()).isEqualTo(-50_001);
        assertThat(stopped.aggregate().netFen()).isZero();
        assertThat(stopped.aggregate().committed()).isFalse();
        assertThat(((AidPaymentStopped) stopped.events().get(0)).reason()).isEqualTo("NOT_ENROLLED");
        assertThatThrownBy(() -> stopped.aggregate().release(BATCH, STAMP)).isInstanceOf(PaymentTransitionException.class);
    }

    @Test
    void recoveryIsANewNegativeEntryUpToWhatTheStudentHolds() {
        Payment paid = approved().release(BATCH, STAMP).aggregate().disburse(BATCH, LocalDate.of(2024, 10, 8), STAMP)
                .aggregate();
        ResultWithEvents<Payment> part = paid.recover(20_000, "DOUBLE_ENROLMENT", STAMP);

        assertThat(part.aggregate().state()).isEqualTo(PaymentState.RECOVERED);
        assertThat(part.aggregate().entries().get(0).amountFen()).isEqualTo(50_001);
        assertThat(part.aggregate().lastEntry().amountFen()).isEqualTo(-20_000);
        assertThat(part.aggregate().netFen()).isEqualTo(30_001);
        assertThat(((AidPaymentRecovered) part.events().get(0)).recoveredFen()).isEqualTo(20_000);
        assertThatThrownBy(() -> part.aggregate().recover(30_002, "MORE", STAMP))
                .isInstanceOf(PaymentTransitionException.class).hasMessageContaining("30001");
        assertThat(part.aggregate().recover(30_001, "REST", STAMP).aggregate().netFen()).isZero();
    }

    @Test
    void forbiddenStepsAreRefused() {
        Payment approved = approved();
        assertThatThrownBy(() -> approved.disburse(BATCH, LocalDate.of(2024, 10, 8), STAMP))
                .isInstanceOf(PaymentTransitionException.class);
        assertThatThrownBy(() -> approved.fail(BATCH, "X", STAMP)).isInstanceOf(PaymentTransitionException.class);
        assertThatThrownBy(() -> approved.returned("X", STAMP)).isInstanceOf(PaymentTransitionException.class);
        assertThatThrownBy(() -> approved.resubmit(BATCH + "~R1", STAMP)).isInstanceOf(PaymentTransitionException.class);
        assertThatThrownBy(() -> approved.recover(1, "X", STAMP)).isInstanceOf(PaymentTransitionException.class);
        Payment released = approved.release(BATCH, STAMP).aggregate();
        assertThatThrownBy(() -> released.stop("NOT_ENROLLED", STAMP)).isInstanceOf(PaymentTransitionException.class);
        assertThatThrownBy(() -> released.release(BATCH, STAMP)).isInstanceOf(PaymentTransitionException.class);
        assertThatThrownBy(() -> released.disburse("150425~GRANT~2024-2025-1", LocalDate.of(2024, 10, 8), STAMP))
                .isInstanceOf(PaymentTransitionException.class);
    }
}
