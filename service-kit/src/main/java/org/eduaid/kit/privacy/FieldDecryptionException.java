package org.eduaid.kit.privacy;

/**
 * A stored value that must not be trusted: not in the ciphertext format, encrypted under a key
 * this service no longer has, or altered (or moved from another field) since it was written.
 * Decryption never returns garbage instead.
 */
public class FieldDecryptionException extends RuntimeException {

    private final Reason reason;

    public FieldDecryptionException(FieldPurpose purpose, Reason reason, String detail) {
        super("stored value of " + purpose.label() + " cannot be decrypted: " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public enum Reason {
        /** Not {@code enc:v1:<keyId>:<base64>}, or too short to hold a nonce and a tag. */
        MALFORMED,
        /** Encrypted under a key id that is not in the key ring (removed too early, or never configured). */
        UNKNOWN_KEY,
        /** The authentication tag does not match: the value was altered or belongs to another field. */
        AUTHENTICATION_FAILED
    }
}
