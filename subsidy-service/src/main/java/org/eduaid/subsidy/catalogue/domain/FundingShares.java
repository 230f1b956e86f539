package org.eduaid.subsidy.catalogue.domain;

/**
 * Who funds a programme, in whole percent of every amount: central, provincial and county
 * government. Splits are exact: shares are rounded down and the county takes the remainder.
 */
public record FundingShares(int centralPercent, int provincialPercent, int countyPercent) {

    public FundingShares {
        if (centralPercent < 0 || provincialPercent < 0 || countyPercent < 0
                || centralPercent + provincialPercent + countyPercent != 100) {
            throw new IllegalArgumentException("funding shares are whole percentages that add up to 100");
        }
    }

    public Split split(long totalFen) {
        long central = totalFen * centralPercent / 100;
        long provincial = totalFen * provincialPercent / 100;
        return new Split(totalFen, central, provincial, totalFen - central - provincial);
    }

    /** An amount in fen and its parts, which always add up to it. */
    public record Split(long totalFen, long centralFen, long provincialFen, long countyFen) {
    }
}
