package org.eduaid.kit.privacy;

/** The privacy keys are missing, incomplete or malformed; the message never contains key material. */
public class InvalidPrivacyConfigurationException extends IllegalStateException {

    public InvalidPrivacyConfigurationException(String message) {
        super(message);
    }
}
