package org.eduaid.testkit.privacy;

import java.util.Map;

/**
 * Fixed keys for personal data in tests: published here, so never to be used anywhere else (they are
 * SHA-256 digests of their own names). Every service under test gets them through
 * {@code TestInfrastructureInitializer}.
 */
public final class TestPrivacyKeys {

    public static final String KEY_ID = "test1";
    /** AES-256, base64. */
    public static final String KEY = "RSLD2OQzn113VYkKyxEIcZqwQxAQRTUN/MLesJXPFfs=";
    /** HMAC-SHA256 key of blind indexes, base64. */
    public static final String BLIND_INDEX_KEY = "DzZabP4wtKG5EAWFF+3wQrC2O7oM8oKJxFcS95uTqss=";

    private TestPrivacyKeys() {
    }

    /** The settings a service reads them from. */
    public static Map<String, Object> properties() {
        return Map.of("eduaid.privacy.keys", KEY_ID + ":" + KEY,
                "eduaid.privacy.active-key", KEY_ID,
                "eduaid.privacy.blind-index-key", BLIND_INDEX_KEY);
    }
}
