package org.eduaid.kit.privacy.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;

import org.eduaid.kit.config.ServiceDefaults;
import org.eduaid.kit.privacy.BlindIndex;
import org.eduaid.kit.privacy.FieldCipher;
import org.eduaid.kit.privacy.FieldPurpose;
import org.eduaid.kit.privacy.InvalidPrivacyConfigurationException;
import org.eduaid.kit.privacy.persistence.PersonalDataReencryption;
import org.eduaid.testkit.privacy.TestPrivacyKeys;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.NestedExceptionUtils;

class PrivacyAutoConfigurationTest {

    private static final FieldPurpose ID_NUMBER = FieldPurpose.of("students", "idNumber");
    private static final String KEYS = "eduaid.privacy.keys=" + TestPrivacyKeys.KEY_ID + ":" + TestPrivacyKeys.KEY;
    private static final String ACTIVE = "eduaid.privacy.active-key=" + TestPrivacyKeys.KEY_ID;
    private static final String BLIND = "eduaid.privacy.blind-index-key=" + TestPrivacyKeys.BLIND_INDEX_KEY;

    /** With the kit's defaults file, as in a service. */
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(context -> new ServiceDefaults().postProcessEnvironment(context.getEnvironment(),
                    new SpringApplication()))
            .withConfiguration(AutoConfigurations.of(PrivacyAutoConfiguration.class));

    @Test
    void withoutAnyKeyThereIsNoCipher() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(FieldCipher.class).doesNotHaveBean(BlindIndex.class);
            assertThat(context.getEnvironment().getProperty("eduaid.privacy.keys")).isEmpty();
        });
    }

    @Test
    void theThreeEnvironmentVariablesGiveACipherAndABlindIndex() {
        runner.withSystemProperties("EDUAID_PRIVACY_KEYS=" + TestPrivacyKeys.KEY_ID + ":" + TestPrivacyKeys.KEY,
                "EDUAID_PRIVACY_ACTIVE_KEY=" + TestPrivacyKeys.KEY_ID,
                "EDUAID_BLIND_INDEX_KEY=" + TestPrivacyKeys.BLIND_INDEX_KEY).run(context -> {
                    FieldCipher cipher = context.getBean(FieldCipher.class);
                    String stored = cipher.encrypt("150424201203151236", ID_NUMBER);
                    assertThat(stored).startsWith("enc:v1:test1:");
                    assertThat(cipher.decrypt(stored, ID_NUMBER)).isEqualTo("150424201203151236");
                    assertThat(context.getBean(BlindIndex.class).of(ID_NUMBER, "150424201203151236")).startsWith("bi1:");
                    // no MongoDB in this context
                    assertThat(context).doesNotHaveBean(PersonalDataReencryption.class);
                });
    }

    @Test
    void keysWithoutAnActiveKeyStopTheStartNamingWhatIsMissing() {
        runner.withPropertyValues(KEYS).run(context -> assertThat(failureOf(context.getStartupFailure())).isEqualTo(
                "the privacy keys are configured only in part: eduaid.privacy.active-key (EDUAID_PRIVACY_ACTIVE_KEY) "
                        + "and eduaid.privacy.blind-index-key (EDUAID_BLIND_INDEX_KEY) are not set; set all three settings or none"));
    }

    @Test
    void aMissingBlindIndexKeyStopsTheStart() {
        runner.withPropertyValues(KEYS, ACTIVE).run(context -> assertThat(failureOf(context.getStartupFailure()))
                .contains("eduaid.privacy.blind-index-key (EDUAID_BLIND_INDEX_KEY) is not set"));
    }

    @Test
    void aShortKeyStopsTheStartWithoutShowingIt() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[24]);

        runner.withPropertyValues("eduaid.privacy.keys=k1:" + shortKey, "eduaid.privacy.active-key=k1", BLIND)
                .run(context -> assertThat(failureOf(context.getStartupFailure()))
                        .isEqualTo("eduaid.privacy.keys (EDUAID_PRIVACY_KEYS) / eduaid.privacy.active-key "
                                + "(EDUAID_PRIVACY_ACTIVE_KEY): key 'k1' is 192 bits; it must be 256 bits (32 bytes, base64-encoded)")
                        .doesNotContain(shortKey));
    }

    @Test
    void anActiveKeyThatIsNotListedStopsTheStart() {
        runner.withPropertyValues(KEYS, "eduaid.privacy.active-key=test2", BLIND)
                .run(context -> assertThat(failureOf(context.getStartupFailure()))
                        .endsWith("the active key id 'test2' is not one of the keys [test1]"));
    }

    @Test
    void theBlindIndexKeyMustNotBeAnEncryptionKey() {
        runner.withPropertyValues(KEYS, ACTIVE, "eduaid.privacy.blind-index-key=" + TestPrivacyKeys.KEY)
                .run(context -> assertThat(failureOf(context.getStartupFailure())).isEqualTo(
                        "eduaid.privacy.blind-index-key (EDUAID_BLIND_INDEX_KEY) must be a key of its own, not one of the encryption keys"));
    }

    @Test
    void theStartupReportSaysWhatToSet() {
        runner.withPropertyValues(ACTIVE).run(context -> {
            FailureAnalysis analysis = new InvalidPrivacyConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).startsWith(
                    "The keys that protect personal data are not configured correctly: the privacy keys are configured only in part");
            assertThat(analysis.getAction()).contains("EDUAID_PRIVACY_KEYS", "EDUAID_PRIVACY_ACTIVE_KEY",
                    "EDUAID_BLIND_INDEX_KEY", "256 bits");
        });
    }

    @Test
    void thePropertiesNeverPrintKeyMaterial() {
        PrivacyProperties properties = new PrivacyProperties(TestPrivacyKeys.KEY_ID + ":" + TestPrivacyKeys.KEY,
                TestPrivacyKeys.KEY_ID, TestPrivacyKeys.BLIND_INDEX_KEY);

        assertThat(properties.toString()).doesNotContain(TestPrivacyKeys.KEY, TestPrivacyKeys.BLIND_INDEX_KEY)
                .isEqualTo("PrivacyProperties[keys=(set), activeKey=test1, blindIndexKey=(set)]");
    }

    private static String failureOf(Throwable startupFailure) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(startupFailure);
        assertThat(cause).isInstanceOf(InvalidPrivacyConfigurationException.class);
        return cause.getMessage();
    }
}
