package org.eduaid.contracts.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KafkaLoginTest {

    @Test
    void scramUsesKafkasScramLoginModule() {
        assertThat(new KafkaLogin(KafkaLogin.SCRAM_SHA_512, "subsidy-service", "s3cret").jaasConfig()).isEqualTo(
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"subsidy-service\" password=\"s3cret\";");
        assertThat(new KafkaLogin(KafkaLogin.PLAIN, "eduaid-admin", "x").jaasConfig())
                .startsWith("org.apache.kafka.common.security.plain.PlainLoginModule required ");
    }

    @Test
    void quotesAndBackslashesInAPasswordCannotEndTheValue() {
        assertThat(new KafkaLogin(KafkaLogin.SCRAM_SHA_256, "a", "p\"w\\d").jaasConfig())
                .endsWith("password=\"p\\\"w\\\\d\";");
    }

    @Test
    void neverShowsThePassword() {
        assertThat(new KafkaLogin(KafkaLogin.SCRAM_SHA_512, "civil-affairs", "hunter2-very-secret"))
                .hasToString("KafkaLogin[SCRAM-SHA-512 as civil-affairs]");
    }

    @Test
    void refusesAMechanismWithoutALoginModule() {
        assertThatThrownBy(() -> new KafkaLogin("GSSAPI", "a", "b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GSSAPI").hasMessageNotContaining("b\"");
    }
}
