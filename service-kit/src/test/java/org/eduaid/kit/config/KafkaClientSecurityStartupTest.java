package org.eduaid.kit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eduaid.kit.KitTestApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A service whose Kafka sign-in is half configured stops at once, saying what is missing and nothing secret. */
@ExtendWith(OutputCaptureExtension.class)
class KafkaClientSecurityStartupTest {

    private static final String PASSWORD = "do-not-print-me-7f3a";

    @Test
    void aServiceWithAPasswordButNoUserDoesNotStartAndDoesNotPrintThePassword(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(KitTestApplication.class).web(WebApplicationType.NONE)
                .run("--KAFKA_SECURITY_PROTOCOL=SASL_PLAINTEXT", "--KAFKA_PASSWORD=" + PASSWORD, "--LOG_FORMAT="))
                .hasStackTraceContaining("KAFKA_USERNAME");

        assertThat(output.getAll()).contains("KAFKA_USERNAME").doesNotContain(PASSWORD);
    }
}
