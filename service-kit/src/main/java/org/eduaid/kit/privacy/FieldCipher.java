package org.eduaid.kit.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts single field values with AES-256-GCM under the key ring's active key.
 *
 * <p>A stored value reads {@code enc:v1:<keyId>:<base64url(nonce | ciphertext | tag)>}: the format
 * version and the key id travel with it, so older values stay readable after a rotation and
 * {@link #needsReencryption(String)} can tell which ones still have to move. The nonce is 96 random
 * bits per value. The associated data binds the value to its {@link FieldPurpose} (and to the header),
 * so a value copied into another field fails authentication like a tampered one.
 */
public final class FieldCipher {

    public static final String PREFIX = "enc:";
    static final String VERSION = "v1";
    private static final String HEADER = PREFIX + VERSION + ":";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final KeyRing keys;
    private final SecureRandom random;

    public FieldCipher(KeyRing keys) {
        this(keys, new SecureRandom());
    }

    FieldCipher(KeyRing keys, SecureRandom random) {
        this.keys = keys;
        this.random = random;
    }

    /** The value encrypted under the active key; {@code null} stays {@code null} (an absent value). */
    public String encrypt(String plaintext, FieldPurpose purpose) {
        if (plaintext == null) {
            return null;
        }
        String keyId = keys.activeKeyId();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, keys.activeKey(), nonce, associatedData(keyId, purpose),
                plaintext.getBytes(StandardCharsets.UTF_8), purpose);
        byte[] stored = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        return HEADER + keyId + ":" + ENCODER.encodeToString(stored);
    }

    /**
     * The plaintext of a stored value; {@code null} stays {@code null}.
     *
     * @throws FieldDecryptionException when the value is malformed, under an unknown key, altered or
     *         written for another purpose
     */
    public String decrypt(String stored, FieldPurpose purpose) {
        if (stored == null) {
            return null;
        }
        Header header = header(stored, purpose);
        SecretKey key = keys.key(header.keyId());
        if (key == null) {
            throw new FieldDecryptionException(purpose, FieldDecryptionException.Reason.UNKNOWN_KEY,
                    "key id '" + header.keyId() + "' is not in the key ring " + keys.keyIds());
        }
        byte[] body;
        try {
            body = DECODER.decode(header.body());
        } catch (IllegalArgumentException e) {
            throw malformed(purpose, "the body is not base64url");
        }
        if (body.length < NONCE_BYTES + TAG_BITS / 8) {
            throw malformed(purpose, "the body is too short");
        }
        byte[] nonce = new byte[NONCE_BYTES];
        System.arraycopy(body, 0, nonce, 0, NONCE_BYTES);
        byte[] sealed = new byte[body.length - NONCE_BYTES];
        System.arraycopy(body, NONCE_BYTES, sealed, 0, sealed.length);
        return new String(run(Cipher.DECRYPT_MODE, key, nonce, associatedData(header.keyId(), purpose), sealed, purpose),
                StandardCharsets.UTF_8);
    }

    /** Whether a stored value is in this cipher's format (whatever its key). */
    public static boolean isEncrypted(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /**
     * Whether a stored value is under a key other than the active one (or an older format) and should
     * be re-encrypted; {@code false} for {@code null}.
     *
     * @throws IllegalArgumentException for a value that is not a ciphertext at all
     */
    public boolean needsReencryption(String stored) {
        if (stored == null) {
            return false;
        }
        if (!isEncrypted(stored)) {
            throw new IllegalArgumentException("the value is not a ciphertext");
        }
        if (!stored.startsWith(HEADER)) {
            return true;
        }
        int end = stored.indexOf(':', HEADER.length());
        return end < 0 || !stored.substring(HEADER.length(), end).equals(keys.activeKeyId());
    }

    /** The value decrypted and encrypted again under the active key (for rotation). */
    public String reencrypt(String stored, FieldPurpose purpose) {
        return encrypt(decrypt(stored, purpose), purpose);
    }

    public String activeKeyId() {
        return keys.activeKeyId();
    }

    private static Header header(String stored, FieldPurpose purpose) {
        if (!stored.startsWith(HEADER)) {
            throw malformed(purpose, isEncrypted(stored) ? "its format version is not " + VERSION
                    : "it is not a ciphertext");
        }
        int end = stored.indexOf(':', HEADER.length());
        if (end <= HEADER.length() || end == stored.length() - 1) {
            throw malformed(purpose, "it has no key id or no body");
        }
        return new Header(stored.substring(HEADER.length(), end), stored.substring(end + 1));
    }

    private static byte[] associatedData(String keyId, FieldPurpose purpose) {
        return (HEADER + keyId + ":" + purpose.label()).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] run(int mode, SecretKey key, byte[] nonce, byte[] associatedData, byte[] input,
            FieldPurpose purpose) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new FieldDecryptionException(purpose, FieldDecryptionException.Reason.AUTHENTICATION_FAILED,
                    "it was altered, or it was written for another field");
        } catch (GeneralSecurityException e) {
            // the JDK always has AES-GCM; reaching this means a broken runtime, not bad data
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static FieldDecryptionException malformed(FieldPurpose purpose, String detail) {
        return new FieldDecryptionException(purpose, FieldDecryptionException.Reason.MALFORMED, detail);
    }

    private record Header(String keyId, String body) {
    }
}
