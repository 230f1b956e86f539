package org.eduaid.contracts.identity;

import java.util.Optional;
import java.util.Set;

/**
 * What a signed-in person does for the bureau, as the {@link TokenClaims#ROLE} claim names it, with
 * the lengths of division code their region must have: the identity provider checks its accounts
 * against this, and the services read the region as the caller's scope.
 */
public enum Role {

    /** Keeps the records of one school; the region is the school's county. */
    SCHOOL_CLERK(Set.of(6)),
    /** Runs a county's (区县) aid, enrolment and teacher work; most commands come from here. */
    COUNTY_OFFICER(Set.of(6)),
    /** Oversees the counties of a city (市/州/盟). */
    CITY_OFFICER(Set.of(4)),
    /** Oversees a province and sets its policy and standards. */
    PROVINCE_OFFICER(Set.of(2)),
    /** Reads everything at the level they were appointed, ledgers and audit log included; changes nothing. */
    AUDITOR(Set.of(2, 4, 6)),
    /** Runs the platform; nationwide, so no region at all. */
    PLATFORM_ADMIN(Set.of());

    private final Set<Integer> regionLengths;

    Role(Set<Integer> regionLengths) {
        this.regionLengths = regionLengths;
    }

    public static Optional<Role> parse(String name) {
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The allowed lengths of the region's division code; empty when the role has no region. */
    public Set<Integer> regionLengths() {
        return regionLengths;
    }

    public boolean hasRegion() {
        return !regionLengths.isEmpty();
    }

    public boolean hasSchool() {
        return this == SCHOOL_CLERK;
    }
}
