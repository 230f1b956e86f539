package org.eduaid.kit.security;

import org.eduaid.contracts.identity.Role;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is asking, as the identity provider vouched for it in the token: their user name, role,
 * region scope and, for a school clerk, their school. Every query and command is checked against
 * this inside the service, whatever the gateway already did.
 */
public record Caller(String subject, Role role, RegionScope scope, Optional<String> school, String displayName) {

    public Caller {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scope, "scope");
        school = school == null ? Optional.empty() : school;
        displayName = displayName == null ? subject : displayName;
    }

    public boolean hasRole(Role... roles) {
        return Arrays.asList(roles).contains(role);
    }

    /** Regions (and the figures about them) the caller may see: their scope and below. */
    public boolean canSeeRegion(String divisionCode) {
        return scope.covers(divisionCode);
    }

    /** A clerk sees their own school only; everybody else the schools of the counties in their scope. */
    public boolean canSeeSchool(String schoolCode, String countyCode) {
        if (role == Role.SCHOOL_CLERK) {
            return school.map(own -> own.equals(schoolCode)).orElse(false);
        }
        return scope.covers(countyCode);
    }
}
