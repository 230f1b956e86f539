package org.eduaid.identity.account;

/**
 * One account as configured ({@code eduaid.identity.accounts[i]}), before it is checked. Role and
 * codes stay strings here so that a wrong value becomes a sentence naming the account, not a binding error.
 *
 * @param password a plain password (hashed with bcrypt at start) or a {@code {bcrypt}...} hash
 */
public record AccountProperties(String username, String password, String role, String region, String school,
        String displayName) {

    /** The password stays out of logs and error messages. */
    @Override
    public String toString() {
        return "AccountProperties[" + username + ", " + role + ", " + region + "]";
    }
}
