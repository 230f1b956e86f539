package org.eduaid.subsidy.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.eduaid.contracts.subsidy.AidBudgetAllocated;
import org.junit.jupiter.api.Test;

class AidBudgetTest {

    private static final Instant AT = Instant.parse("2024-09-01T00:00:00Z");

    static AidBudget budget(long totalFen) {
        return AidBudget.allocate("150424", "GRANT", 2024, new Allocation(totalFen, totalFen - 2, 1, 1), AT).aggregate();
    }

    @Test
    void allocatingRaisesTheEventWithTheShares() {
        var allocated = AidBudget.allocate("150424", "GRANT", 2024, new Allocation(1_000, 800, 100, 100), AT);

        assertThat(allocated.aggregate().id()).isEqualTo("150424~GRANT~2024");
        AidBudgetAllocated event = (AidBudgetAllocated) allocated.events().get(0);
        assertThat(event.allocated().totalFen()).isEqualTo(1_000);
        assertThat(event.allocated().centralFen()).isEqualTo(800);
        assertThatThrownBy(() -> new Allocation(1_000, 800, 100, 99)).isInstanceOf(InvalidBudgetException.class);
    }

    @Test
    void aReservationIsSetPerBatchSoRepeatingItReservesNothingMore() {
        AidBudget reserved = budget(1_000).reserve("b1", 600);

        assertThat(reserved.reserve("b1", 600)).isEqualTo(reserved);
        assertThat(reserved.remainingFen()).isEqualTo(400);
        assertThat(reserved.remainingFor("b1")).isEqualTo(1_000);
        assertThat(reserved.reserve("b1", 900).remainingFen()).isEqualTo(100);
    }

    @Test
    void aBatchTheBudgetCannotCarryIsRefusedWithWhatIsLeftAndWhatIsNeeded() {
        AidBudget reserved = budget(1_000).reserve("b1", 600);

        assertThatThrownBy(() -> reserved.reserve("b2", 401)).isInstanceOfSatisfying(BudgetExceededException.class, e -> {
            assertThat(e.remainingFen()).isEqualTo(400);
            assertThat(e.neededFen()).isEqualTo(401);
            assertThat(e.getMessage()).contains("150424~GRANT~2024", "4.00 yuan", "4.01 yuan");
        });
        assertThat(reserved.reserve("b2", 400).remainingFen()).isZero();
    }

    @Test
    void loweringAReservationGivesMoneyBackAndDisbursedIsSetPerBatch() {
        AidBudget budget = budget(1_000).reserve("b1", 600).lowerReservation("b1", 450).withDisbursed("b1", 300)
                .withDisbursed("b1", 300);

        assertThat(budget.committedFen()).isEqualTo(450);
        assertThat(budget.disbursedFen()).isEqualTo(300);
        assertThatThrownBy(() -> budget.lowerReservation("b1", 451)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewAllocationCannotFallBelowWhatIsCommitted() {
        AidBudget reserved = budget(1_000).reserve("b1", 600);

        assertThatThrownBy(() -> reserved.reallocate(new Allocation(599, 599, 0, 0), AT))
                .isInstanceOf(InvalidBudgetException.class);
        assertThat(reserved.reallocate(new Allocation(600, 600, 0, 0), AT).aggregate().remainingFen()).isZero();
    }
}
