package org.eduaid.subsidy.budget.domain;

/** A budget's allocated amount in fen, with the shares of central, provincial and county government. */
public record Allocation(long totalFen, long centralFen, long provincialFen, long countyFen) {

    public Allocation {
        if (totalFen < 0 || centralFen < 0 || provincialFen < 0 || countyFen < 0) {
            throw new InvalidBudgetException("allocatedFen", "an allocation and its shares are not negative");
        }
        if (centralFen + provincialFen + countyFen != totalFen) {
            throw new InvalidBudgetException("allocatedFen",
                    "must equal centralFen + provincialFen + countyFen");
        }
    }
}
