package org.eduaid.kit.privacy;

import java.util.Arrays;
import java.util.Base64;

/** Distinct, recognisable key material for unit tests. */
final class TestKeys {

    private TestKeys() {
    }

    static byte[] material(int seed) {
        byte[] key = new byte[KeyRing.KEY_BYTES];
        Arrays.fill(key, (byte) seed);
        key[0] = (byte) (seed * 31);
        return key;
    }

    static String base64(int seed) {
        return Base64.getEncoder().encodeToString(material(seed));
    }
}
