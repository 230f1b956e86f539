package org.eduaid.enrollment.household.domain;

/** The household flags outside systems report; the name is what {@code ExternalFlags.flag} carries. */
public enum HouseholdFlag {
    /** 建档立卡: on the poverty registry, including the transition period after being lifted out of poverty. */
    REGISTERED_POOR,
    /** 低保: minimum living support. */
    DIBAO,
    /** 特困: supported as extremely poor. */
    TEKUN,
    /** 孤儿: an orphan, as civil affairs certified. */
    ORPHAN,
    /** 残疾人证: holds a disability certificate (with kind and grade). */
    DISABILITY
}
