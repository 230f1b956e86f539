package org.eduaid.kit.privacy.config;

import java.util.ArrayList;
import java.util.List;

import org.eduaid.kit.privacy.BlindIndex;
import org.eduaid.kit.privacy.FieldCipher;
import org.eduaid.kit.privacy.InvalidPrivacyConfigurationException;
import org.eduaid.kit.privacy.KeyRing;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keys personal data is protected with, under {@code eduaid.privacy}: {@code keys}
 * ({@code EDUAID_PRIVACY_KEYS}, {@code keyId:base64Key,...}), {@code active-key}
 * ({@code EDUAID_PRIVACY_ACTIVE_KEY}) and {@code blind-index-key} ({@code EDUAID_BLIND_INDEX_KEY}).
 * All three or none; {@link #toString()} never shows key material.
 */
@ConfigurationProperties("eduaid.privacy")
public record PrivacyProperties(String keys, String activeKey, String blindIndexKey) {

    static final String KEYS = "eduaid.privacy.keys (EDUAID_PRIVACY_KEYS)";
    static final String ACTIVE_KEY = "eduaid.privacy.active-key (EDUAID_PRIVACY_ACTIVE_KEY)";
    static final String BLIND_INDEX_KEY = "eduaid.privacy.blind-index-key (EDUAID_BLIND_INDEX_KEY)";

    public boolean anyConfigured() {
        return hasText(keys) || hasText(activeKey) || hasText(blindIndexKey);
    }

    /** The encryption keys, checked: present, well-formed, 256 bits, the active one among them. */
    public KeyRing keyRing() {
        requireComplete();
        try {
            return KeyRing.parse(keys, activeKey);
        } catch (InvalidPrivacyConfigurationException e) {
            throw new InvalidPrivacyConfigurationException(KEYS + " / " + ACTIVE_KEY + ": " + e.getMessage());
        }
    }

    /** The blind-index key, checked: present, 256 bits, and not one of the encryption keys. */
    public BlindIndex blindIndex() {
        requireComplete();
        byte[] material;
        try {
            material = KeyRing.decodeKey("the key", blindIndexKey.strip());
        } catch (InvalidPrivacyConfigurationException e) {
            throw new InvalidPrivacyConfigurationException(BLIND_INDEX_KEY + ": " + e.getMessage());
        }
        if (keyRing().holds(material)) {
            throw new InvalidPrivacyConfigurationException(BLIND_INDEX_KEY
                    + " must be a key of its own, not one of the encryption keys");
        }
        return new BlindIndex(material);
    }

    public FieldCipher fieldCipher() {
        return new FieldCipher(keyRing());
    }

    private void requireComplete() {
        List<String> missing = new ArrayList<>();
        if (!hasText(keys)) {
            missing.add(KEYS);
        }
        if (!hasText(activeKey)) {
            missing.add(ACTIVE_KEY);
        }
        if (!hasText(blindIndexKey)) {
            missing.add(BLIND_INDEX_KEY);
        }
        if (!missing.isEmpty()) {
            throw new InvalidPrivacyConfigurationException("the privacy keys are configured only in part: "
                    + String.join(" and ", missing) + (missing.size() == 1 ? " is" : " are")
                    + " not set; set all three settings or none");
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public String toString() {
        return "PrivacyProperties[keys=" + (hasText(keys) ? "(set)" : "(not set)") + ", activeKey=" + activeKey
                + ", blindIndexKey=" + (hasText(blindIndexKey) ? "(set)" : "(not set)") + "]";
    }
}
