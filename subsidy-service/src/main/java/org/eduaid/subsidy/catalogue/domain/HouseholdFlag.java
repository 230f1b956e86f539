package org.eduaid.subsidy.catalogue.domain;

/** The household circumstances eligibility rules combine, named as in enrollment-service's events. */
public enum HouseholdFlag {
    REGISTERED_POOR, DIBAO, TEKUN, ORPHAN, DISABILITY, LEFT_BEHIND, RELOCATED
}
