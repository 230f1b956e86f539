package org.eduaid.identity.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eduaid.identity.config.InvalidIdentityConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

@ExtendWith(OutputCaptureExtension.class)
class SigningKeyTest {

    @Test
    void takesTheConfiguredKeyWithItsId() throws Exception {
        RSAKey configured = new RSAKeyGenerator(2048).keyID("eduaid-2026").generate();

        RSAKey key = SigningKey.from(configured.toJSONString());

        assertThat(key.getKeyID()).isEqualTo("eduaid-2026");
        assertThat(key.toRSAPrivateKey()).isEqualTo(configured.toRSAPrivateKey());
    }

    @Test
    void aKeyWithoutIdIsNamedByItsThumbprintSoTheIdSurvivesRestarts() throws Exception {
        RSAKey configured = new RSAKeyGenerator(2048).generate();

        assertThat(SigningKey.from(configured.toJSONString()).getKeyID())
                .isEqualTo(configured.computeThumbprint().toString())
                .isEqualTo(SigningKey.from(configured.toJSONString()).getKeyID());
    }

    @Test
    void generatesAnEphemeralKeyAndWarnsThatTokensDieWithTheProcess(CapturedOutput output) {
        RSAKey key = SigningKey.from("");

        assertThat(key.isPrivate()).isTrue();
        assertThat(key.size()).isEqualTo(2048);
        assertThat(output.getOut()).contains("WARN").contains("generated an ephemeral one")
                .contains("stop being valid when this process ends");
    }

    @Test
    void refusesWhatCannotSignWithoutRepeatingTheValue() throws Exception {
        String publicOnly = new RSAKeyGenerator(2048).generate().toPublicJWK().toJSONString();
        String tooShort = new RSAKeyGenerator(1024, true).generate().toJSONString();
        String garbage = "{\"kty\":\"RSA\",\"d\":\"very-secret-material\"";

        assertThatThrownBy(() -> SigningKey.from(publicOnly)).isInstanceOf(InvalidIdentityConfigurationException.class)
                .hasMessageContaining("IDP_SIGNING_KEY must be an RSA private key");
        assertThatThrownBy(() -> SigningKey.from(tooShort)).isInstanceOf(InvalidIdentityConfigurationException.class)
                .hasMessageContaining("1024 bits; at least 2048");
        assertThatThrownBy(() -> SigningKey.from(garbage)).isInstanceOf(InvalidIdentityConfigurationException.class)
                .hasMessageContaining("IDP_SIGNING_KEY is not a JSON Web Key")
                .hasMessageNotContaining("very-secret-material");
    }
}
