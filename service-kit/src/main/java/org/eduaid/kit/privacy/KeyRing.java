package org.eduaid.kit.privacy;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 keys personal data is encrypted with: one active key for everything written now, and
 * the older keys that stored values may still be under, until re-encryption has moved them all.
 * Its {@link #toString()} names key ids only.
 */
public final class KeyRing {

    public static final int KEY_BYTES = 32;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final Map<String, SecretKey> keys;
    private final String activeKeyId;

    private KeyRing(Map<String, SecretKey> keys, String activeKeyId) {
        this.keys = keys;
        this.activeKeyId = activeKeyId;
    }

    /**
     * Reads {@code keyId:base64Key,keyId:base64Key,...} (standard or URL-safe base64, padding
     * optional) and the id of the key to encrypt with.
     *
     * @throws InvalidPrivacyConfigurationException naming the offending key id, never its material
     */
    public static KeyRing parse(String keyList, String activeKeyId) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        int position = 0;
        for (String entry : keyList == null ? new String[0] : keyList.split(",")) {
            position++;
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int colon = trimmed.indexOf(':');
            if (colon <= 0) {
                throw new InvalidPrivacyConfigurationException(
                        "key entry " + position + " is not in the form keyId:base64Key");
            }
            String id = trimmed.substring(0, colon).strip();
            if (keys.containsKey(id)) {
                throw new InvalidPrivacyConfigurationException("key id '" + safeId(id) + "' is listed twice");
            }
            keys.put(id, decodeKey("key '" + safeId(id) + "'", trimmed.substring(colon + 1).strip()));
        }
        return of(keys, activeKeyId);
    }

    public static KeyRing of(Map<String, byte[]> keyMaterial, String activeKeyId) {
        if (keyMaterial.isEmpty()) {
            throw new InvalidPrivacyConfigurationException("no encryption key is given");
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        keyMaterial.forEach((id, material) -> {
            if (!KEY_ID.matcher(id).matches()) {
                throw new InvalidPrivacyConfigurationException("key id '" + safeId(id)
                        + "' must be 1 to 32 letters, digits, '-' or '_'");
            }
            checkLength("key '" + id + "'", material);
            keys.put(id, new SecretKeySpec(material, "AES"));
        });
        if (activeKeyId == null || !keys.containsKey(activeKeyId.strip())) {
            throw new InvalidPrivacyConfigurationException("the active key id "
                    + (activeKeyId == null || activeKeyId.isBlank() ? "is not given" : "'" + safeId(activeKeyId)
                            + "' is not one of the keys " + keys.keySet()));
        }
        return new KeyRing(Collections.unmodifiableMap(keys), activeKeyId.strip());
    }

    /** Decodes a base64 256-bit key; the message names {@code what}, never the material. */
    public static byte[] decodeKey(String what, String base64) {
        byte[] material;
        try {
            material = (base64.indexOf('-') >= 0 || base64.indexOf('_') >= 0 ? Base64.getUrlDecoder()
                    : Base64.getDecoder()).decode(base64);
        } catch (IllegalArgumentException e) {
            throw new InvalidPrivacyConfigurationException(what + " is not valid base64");
        }
        checkLength(what, material);
        return material;
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    public Set<String> keyIds() {
        return keys.keySet();
    }

    /** Whether one of the keys is exactly this material (a blind-index key must not be). */
    public boolean holds(byte[] material) {
        return keys.values().stream().anyMatch(key -> MessageDigest.isEqual(key.getEncoded(), material));
    }

    SecretKey activeKey() {
        return keys.get(activeKeyId);
    }

    SecretKey key(String id) {
        return keys.get(id);
    }

    @Override
    public String toString() {
        return "KeyRing[active=" + activeKeyId + ", keys=" + keys.keySet() + "]";
    }

    private static void checkLength(String what, byte[] material) {
        if (material.length != KEY_BYTES) {
            throw new InvalidPrivacyConfigurationException(what + " is " + material.length * 8
                    + " bits; it must be 256 bits (32 bytes, base64-encoded)");
        }
    }

    /** An id is echoed only when it looks like one: someone may have pasted key material in its place. */
    private static String safeId(String id) {
        return KEY_ID.matcher(id).matches() ? id : "(not shown)";
    }
}
