package org.eduaid.kit.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.eduaid.kit.privacy.FieldDecryptionException.Reason;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private static final FieldPurpose ID_NUMBER = FieldPurpose.of("students", "idNumber");
    private static final FieldPurpose GUARDIAN_ID_NUMBER = FieldPurpose.of("students", "guardian.idNumber");
    private static final String NUMBER = "150424201203151236";

    private final FieldCipher k1 = new FieldCipher(KeyRing.parse("k1:" + TestKeys.base64(1), "k1"));

    @Test
    void aValueComesBackAsItWasAndIsStoredInTheVersionedFormat() {
        String stored = k1.encrypt(NUMBER, ID_NUMBER);

        assertThat(stored).startsWith("enc:v1:k1:").doesNotContain(NUMBER).matches("enc:v1:k1:[A-Za-z0-9_-]+");
        assertThat(k1.decrypt(stored, ID_NUMBER)).isEqualTo(NUMBER);
    }

    @Test
    void chineseTextAndTheEmptyStringRoundTrip() {
        assertThat(k1.decrypt(k1.encrypt("内蒙古自治区赤峰市林西县统部镇西山村3组", ID_NUMBER), ID_NUMBER))
                .isEqualTo("内蒙古自治区赤峰市林西县统部镇西山村3组");
        assertThat(k1.decrypt(k1.encrypt("", ID_NUMBER), ID_NUMBER)).isEmpty();
    }

    @Test
    void anAbsentValueStaysAbsent() {
        assertThat(k1.encrypt(null, ID_NUMBER)).isNull();
        assertThat(k1.decrypt(null, ID_NUMBER)).isNull();
        assertThat(k1.needsReencryption(null)).isFalse();
    }

    @Test
    void theSameValueEncryptsDifferentlyEachTime() {
        assertThat(k1.encrypt(NUMBER, ID_NUMBER)).isNotEqualTo(k1.encrypt(NUMBER, ID_NUMBER));
    }

    @Test
    void everyAlteredByteIsDetected() {
        String stored = k1.encrypt(NUMBER, ID_NUMBER);
        String header = stored.substring(0, "enc:v1:k1:".length());
        byte[] body = Base64.getUrlDecoder().decode(stored.substring(header.length()));

        for (int i = 0; i < body.length; i++) {
            byte[] altered = body.clone();
            altered[i] ^= 0x01;
            String tampered = header + Base64.getUrlEncoder().withoutPadding().encodeToString(altered);
            assertThatThrownBy(() -> k1.decrypt(tampered, ID_NUMBER))
                    .isInstanceOfSatisfying(FieldDecryptionException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.AUTHENTICATION_FAILED));
        }
    }

    @Test
    void aTruncatedValueIsDetected() {
        String stored = k1.encrypt(NUMBER, ID_NUMBER);

        assertThatThrownBy(() -> k1.decrypt(stored.substring(0, stored.length() - 4), ID_NUMBER))
                .isInstanceOfSatisfying(FieldDecryptionException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.AUTHENTICATION_FAILED));
    }

    @Test
    void aValueCopiedIntoAnotherFieldDoesNotDecrypt() {
        String stored = k1.encrypt(NUMBER, ID_NUMBER);

        assertThatThrownBy(() -> k1.decrypt(stored, GUARDIAN_ID_NUMBER))
                .isInstanceOfSatisfying(FieldDecryptionException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.AUTHENTICATION_FAILED))
                .hasMessage("stored value of students.guardian.idNumber cannot be decrypted: "
                        + "it was altered, or it was written for another field");
        assertThatThrownBy(() -> k1.decrypt(stored, FieldPurpose.of("teachers", "idNumber")))
                .isInstanceOf(FieldDecryptionException.class);
    }

    @Test
    void aValueWhoseKeyIdWasChangedDoesNotDecryptUnderTheOtherKey() {
        FieldCipher ring = new FieldCipher(KeyRing.parse("k1:" + TestKeys.base64(1) + ",k2:" + TestKeys.base64(2), "k1"));
        String stored = ring.encrypt(NUMBER, ID_NUMBER);

        assertThatThrownBy(() -> ring.decrypt(stored.replace("enc:v1:k1:", "enc:v1:k2:"), ID_NUMBER))
                .isInstanceOfSatisfying(FieldDecryptionException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.AUTHENTICATION_FAILED));
    }

    @Test
    void aValueUnderAnUnknownKeyIsReportedAsSuch() {
        FieldCipher k2Only = new FieldCipher(KeyRing.parse("k2:" + TestKeys.base64(2), "k2"));
        String stored = k1.encrypt(NUMBER, ID_NUMBER);

        assertThatThrownBy(() -> k2Only.decrypt(stored, ID_NUMBER))
                .isInstanceOfSatisfying(FieldDecryptionException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_KEY))
                .hasMessage("stored value of students.idNumber cannot be decrypted: key id 'k1' is not in the key ring [k2]");
    }

    @Test
    void somethingThatIsNoCiphertextIsMalformedAndNeverEchoed() {
        for (String stored : new String[] { NUMBER, "enc:v2:k1:AAAA", "enc:v1:k1:", "enc:v1::AAAA", "enc:v1:k1:***",
                "enc:v1:k1:AAAAAAAAAAAAAAAAAAAAAAAAAAAA" }) {
            assertThatThrownBy(() -> k1.decrypt(stored, ID_NUMBER))
                    .isInstanceOfSatisfying(FieldDecryptionException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED))
                    .hasMessageNotContaining(NUMBER);
        }
    }

    @Test
    void valuesUnderAnOlderKeyNeedReencryptionAndMoveToTheActiveKey() {
        String underK1 = k1.encrypt(NUMBER, ID_NUMBER);
        FieldCipher rotated = new FieldCipher(KeyRing.parse("k1:" + TestKeys.base64(1) + ",k2:" + TestKeys.base64(2), "k2"));

        assertThat(k1.needsReencryption(underK1)).isFalse();
        assertThat(rotated.needsReencryption(underK1)).isTrue();
        String underK2 = rotated.reencrypt(underK1, ID_NUMBER);
        assertThat(underK2).startsWith("enc:v1:k2:");
        assertThat(rotated.needsReencryption(underK2)).isFalse();
        assertThat(new FieldCipher(KeyRing.parse("k2:" + TestKeys.base64(2), "k2")).decrypt(underK2, ID_NUMBER))
                .isEqualTo(NUMBER);
    }

    @Test
    void askingWhetherPlaintextNeedsReencryptionIsAMistake() {
        assertThatThrownBy(() -> k1.needsReencryption(NUMBER)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(NUMBER);
    }
}
