package org.eduaid.identity.config;

import java.util.List;

/**
 * The provider's settings cannot work: a required secret is missing, an account breaks the role
 * rules, the signing key is unreadable. Carries every problem found, so one failed start lists all
 * there is to fix.
 */
public final class InvalidIdentityConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidIdentityConfigurationException(List<String> problems) {
        super("The identity provider's configuration is invalid:" + System.lineSeparator() + "  - "
                + String.join(System.lineSeparator() + "  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidIdentityConfigurationException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
