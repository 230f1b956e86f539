package org.eduaid.kit.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class KeyRingTest {

    @Test
    void readsKeyIdsAndKeysWithTheActiveOne() {
        KeyRing ring = KeyRing.parse(" k1:" + TestKeys.base64(1) + " , k2:" + TestKeys.base64(2) + ",", "k2");

        assertThat(ring.keyIds()).containsExactly("k1", "k2");
        assertThat(ring.activeKeyId()).isEqualTo("k2");
        assertThat(ring.holds(TestKeys.material(1))).isTrue();
        assertThat(ring.holds(TestKeys.material(3))).isFalse();
    }

    @Test
    void urlSafeBase64WithoutPaddingIsAcceptedToo() {
        String urlSafe = Base64.getUrlEncoder().withoutPadding().encodeToString(TestKeys.material(-2));

        assertThat(KeyRing.parse("k1:" + urlSafe, "k1").holds(TestKeys.material(-2))).isTrue();
    }

    @Test
    void itNeverPrintsKeyMaterial() {
        KeyRing ring = KeyRing.parse("k1:" + TestKeys.base64(1), "k1");

        assertThat(ring).hasToString("KeyRing[active=k1, keys=[k1]]");
    }

    @Test
    void aKeyThatIsNot256BitsIsRefusedWithoutShowingIt() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> KeyRing.parse("k1:" + shortKey, "k1"))
                .isInstanceOf(InvalidPrivacyConfigurationException.class)
                .hasMessage("key 'k1' is 128 bits; it must be 256 bits (32 bytes, base64-encoded)")
                .hasMessageNotContaining(shortKey);
    }

    @Test
    void badBase64IsRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> KeyRing.parse("k1:not*base64!", "k1"))
                .hasMessage("key 'k1' is not valid base64");
    }

    @Test
    void anEntryWithoutAnIdIsRefused() {
        String key = TestKeys.base64(1);

        assertThatThrownBy(() -> KeyRing.parse(key, "k1"))
                .hasMessage("key entry 1 is not in the form keyId:base64Key")
                .hasMessageNotContaining(key);
    }

    @Test
    void anActiveKeyOutsideTheRingIsRefused() {
        assertThatThrownBy(() -> KeyRing.parse("k1:" + TestKeys.base64(1), "k2"))
                .hasMessage("the active key id 'k2' is not one of the keys [k1]");
        assertThatThrownBy(() -> KeyRing.parse("k1:" + TestKeys.base64(1), " "))
                .hasMessage("the active key id is not given");
    }

    @Test
    void duplicateAndMalformedIdsAreRefused() {
        assertThatThrownBy(() -> KeyRing.parse("k1:" + TestKeys.base64(1) + ",k1:" + TestKeys.base64(2), "k1"))
                .hasMessage("key id 'k1' is listed twice");
        assertThatThrownBy(() -> KeyRing.parse("k 1:" + TestKeys.base64(1), "k 1"))
                .hasMessage("key id '(not shown)' must be 1 to 32 letters, digits, '-' or '_'");
    }

    @Test
    void anEmptyListIsRefused() {
        assertThatThrownBy(() -> KeyRing.parse(" , ", "k1")).hasMessage("no encryption key is given");
    }
}
