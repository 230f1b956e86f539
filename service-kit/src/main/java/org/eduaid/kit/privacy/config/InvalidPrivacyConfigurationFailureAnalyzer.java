package org.eduaid.kit.privacy.config;

import org.eduaid.kit.privacy.InvalidPrivacyConfigurationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a wrong privacy key setting into a startup report that tells ops what to set. */
public class InvalidPrivacyConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidPrivacyConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidPrivacyConfigurationException cause) {
        return new FailureAnalysis("The keys that protect personal data are not configured correctly: "
                + cause.getMessage() + ".",
                "Set EDUAID_PRIVACY_KEYS (keyId:base64Key,...), EDUAID_PRIVACY_ACTIVE_KEY (one of those key ids) "
                        + "and EDUAID_BLIND_INDEX_KEY (base64) together, each key 256 bits of random data "
                        + "(e.g. `openssl rand -base64 32`), or none of them for a service without personal data.",
                cause);
    }
}
