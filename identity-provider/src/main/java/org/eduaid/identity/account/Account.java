package org.eduaid.identity.account;

import org.eduaid.contracts.identity.Role;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who may sign in, as the tokens describe them.
 *
 * @param username     the sign-in name and the tokens' {@code sub}
 * @param passwordHash the password as the delegating encoder stores it ({@code {bcrypt}...})
 * @param region       the division code of the caller's scope; empty for the platform admin
 * @param school       a school clerk's 10-digit school code
 * @param displayName  shown by the dashboard ({@code name} claim)
 */
public record Account(String username, String passwordHash, Role role, Optional<String> region, Optional<String> school,
        String displayName) {

    public Account {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(displayName, "displayName");
    }

    /** The password hash stays out of logs and error messages. */
    @Override
    public String toString() {
        return "Account[" + username + ", " + role + ", region " + region.orElse("nationwide") + "]";
    }
}
