package org.eduaid.identity.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a configuration problem into Spring Boot's "APPLICATION FAILED TO START" report, instead of
 * a bean-creation stack trace in which the one useful line is hard to find.
 */
class InvalidIdentityConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidIdentityConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidIdentityConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Correct the settings named above (the README's \"Signing in\" section lists them) and start again.",
                cause);
    }
}
