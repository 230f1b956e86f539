package org.eduaid.kit.security;

import java.util.Optional;

/**
 * What a signed-in person does for the bureau. The role decides which actions they may take; their
 * region scope (see {@link RegionScope}) decides on which records.
 */
public enum Role {

    /** Keeps the records of one school. */
    SCHOOL_CLERK,
    /** Runs a county's (区县) aid, enrolment and teacher work; most commands come from here. */
    COUNTY_OFFICER,
    /** Oversees the counties of a city (市/州/盟). */
    CITY_OFFICER,
    /** Oversees a province and sets its policy and standards. */
    PROVINCE_OFFICER,
    /** Reads everything in their scope, ledgers and audit log included; changes nothing. */
    AUDITOR,
    /** Runs the platform; nationwide scope. */
    PLATFORM_ADMIN;

    public static Optional<Role> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The length of the division code this role's scope must have; empty when any (or none) fits. */
    Optional<Integer> scopeCodeLength() {
        switch (this) {
            case SCHOOL_CLERK:
            case COUNTY_OFFICER:
                return Optional.of(6);
            case CITY_OFFICER:
                return Optional.of(4);
            case PROVINCE_OFFICER:
                return Optional.of(2);
            default:
                return Optional.empty();
        }
    }
}
