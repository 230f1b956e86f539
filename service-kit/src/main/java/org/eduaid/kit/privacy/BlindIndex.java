package org.eduaid.kit.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed hash of a normalised value (HMAC-SHA256 under its own key, not an encryption key), stored
 * next to the encrypted value so an exact lookup (a student by ID number) is one indexed equality
 * query, while a copy of the database, without the key, reveals nothing and cannot be searched.
 *
 * <p>Values read {@code bi1:<base64url>}; the version names the scheme and the key generation, so a
 * future change of either can coexist with stored values during a rebuild. The purpose is hashed
 * in: the same number gives different values in different fields. On the embedded store, equality
 * lookups use an index only if it is unique, so declare the index field unique (and sparse when it
 * is optional) — an ID number belongs to one person.
 */
public final class BlindIndex {

    public static final String PREFIX = "bi1:";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public BlindIndex(byte[] key) {
        if (key == null || key.length != KeyRing.KEY_BYTES) {
            throw new InvalidPrivacyConfigurationException("the blind-index key must be 256 bits (32 bytes, base64-encoded)");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    public static BlindIndex fromBase64(String base64) {
        return new BlindIndex(KeyRing.decodeKey("the blind-index key", base64));
    }

    /** The index value of {@code value} in {@code purpose}; {@code null} stays {@code null}. */
    public String of(FieldPurpose purpose, String value) {
        if (value == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(purpose.label().getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(normalise(value).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The index value of an ID number in {@code purpose}. */
    public String of(FieldPurpose purpose, ResidentIdNumber number) {
        return number == null ? null : of(purpose, number.unmaskedValue());
    }

    /**
     * What makes two spellings of one value equal: compatibility forms (full-width digits typed with
     * a Chinese input method become ASCII), surrounding and repeated white space, letter case.
     */
    static String normalise(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ")
                .toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "BlindIndex[" + PREFIX + "]";
    }
}
