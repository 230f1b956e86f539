package org.eduaid.contracts.subsidy;

/**
 * An amount of money in fen (分, 1/100 yuan), split by who funds it. The shares always add up to
 * the total; any remainder of a percentage split falls to the county.
 */
public record AidAmount(long totalFen, long centralFen, long provincialFen, long countyFen) {
}
