package org.eduaid.identity.account;

import java.util.Optional;
import java.util.Set;

/**
 * What a signed-in person does for the bureau, as the {@code eduaid_role} claim names it, with the
 * length of division code their region must have: the services read the region as the caller's scope.
 */
public enum Role {

    SCHOOL_CLERK(Set.of(6)),
    COUNTY_OFFICER(Set.of(6)),
    CITY_OFFICER(Set.of(4)),
    PROVINCE_OFFICER(Set.of(2)),
    /** Audits at whatever level they were appointed. */
    AUDITOR(Set.of(2, 4, 6)),
    /** Nationwide, so no region at all. */
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
    Set<Integer> regionLengths() {
        return regionLengths;
    }

    boolean hasRegion() {
        return !regionLengths.isEmpty();
    }

    boolean hasSchool() {
        return this == SCHOOL_CLERK;
    }
}
