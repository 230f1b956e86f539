package org.eduaid.subsidy.catalogue.domain;

/** The period a standard's amount is quoted for. */
public enum AmountUnit {
    /** per school year: a term pays half, the odd fen in the autumn term */
    YEAR,
    /** per term */
    TERM,
    /** per school day (the nutrition programme): times the term's school days */
    SCHOOL_DAY
}
