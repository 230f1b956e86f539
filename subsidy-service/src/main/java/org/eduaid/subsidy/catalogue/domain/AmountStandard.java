package org.eduaid.subsidy.catalogue.domain;

import java.time.LocalDate;

/**
 * One amount of a programme (资助标准): for a stage and locality (each {@code null} = any), in a
 * region (code prefix, "" = everywhere), valid from a date. When several match, the most specific
 * wins (longest region prefix, then stage, then locality set). A change is a new standard from its
 * date; payments already made keep the amount they were made with.
 */
public record AmountStandard(Stage stage, Locality locality, String regionPrefix, long amountFen, AmountUnit unit,
        LocalDate validFrom, LocalDate validTo) {

    public AmountStandard {
        regionPrefix = regionPrefix == null ? "" : regionPrefix;
        if (!regionPrefix.matches("\\d{0,12}")) {
            throw new IllegalArgumentException("a region prefix is up to 12 digits of a region code");
        }
        if (amountFen < 0) {
            throw new IllegalArgumentException("an amount is not negative");
        }
        if (unit == null || validFrom == null) {
            throw new IllegalArgumentException("a standard needs its unit and the date it is valid from");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("a standard cannot end before it starts");
        }
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    public boolean appliesTo(Stage studentStage, Locality schoolLocality, String regionCode) {
        return (stage == null || stage == studentStage)
                && (locality == null || locality == schoolLocality)
                && regionCode != null && regionCode.startsWith(regionPrefix);
    }

    /** How well this standard fits; higher wins among those that apply. */
    int specificity() {
        return regionPrefix.length() * 4 + (stage == null ? 0 : 2) + (locality == null ? 0 : 1);
    }

    /** The amount for one term of {@code schoolDays} school days. */
    public long amountForTerm(int termNumber, int schoolDays) {
        switch (unit) {
            case YEAR:
                return termNumber == 1 ? amountFen - amountFen / 2 : amountFen / 2;
            case TERM:
                return amountFen;
            case SCHOOL_DAY:
                return Math.multiplyExact(amountFen, (long) schoolDays);
            default:
                throw new IllegalStateException("unknown unit " + unit);
        }
    }
}
