package org.eduaid.subsidy.disbursement.domain;

/**
 * A payment's amount in fen (分) and who funds it. The parts always add up to the total, so a
 * report summing any of them never drifts from the sum of totals.
 */
public record Amount(long totalFen, long centralFen, long provincialFen, long countyFen) {

    public Amount {
        if (totalFen < 0 || centralFen < 0 || provincialFen < 0 || countyFen < 0) {
            throw new IllegalArgumentException("an amount and its parts are not negative");
        }
        if (centralFen + provincialFen + countyFen != totalFen) {
            throw new IllegalArgumentException("the funding parts of an amount add up to its total");
        }
    }
}
