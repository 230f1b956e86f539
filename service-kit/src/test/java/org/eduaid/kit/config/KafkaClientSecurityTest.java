package org.eduaid.kit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

class KafkaClientSecurityTest {

    private static final String PASSWORD = "correct-horse-battery-staple";
    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required "
            + "username=\"subsidy-service\" password=\"" + PASSWORD + "\";";

    @Test
    void withoutSettingsAServiceConnectsInPlaintextAsBefore() {
        assertThat(new KafkaClientSecurity(null, null, null, null).clientProperties())
                .containsExactly(Map.entry("security.protocol", "PLAINTEXT"));
    }

    @Test
    void saslSignsInAsTheServicesPrincipalWithScramSha512ByDefault() {
        assertThat(new KafkaClientSecurity("sasl_plaintext", null, "subsidy-service", PASSWORD).clientProperties())
                .containsExactly(Map.entry("security.protocol", "SASL_PLAINTEXT"),
                        Map.entry("sasl.mechanism", "SCRAM-SHA-512"),
                        Map.entry("sasl.jaas.config", JAAS));
    }

    @Test
    void saslWithoutAUserOrPasswordStopsTheServiceNamingTheMissingSettings() {
        assertThatThrownBy(() -> new KafkaClientSecurity("SASL_SSL", null, "subsidy-service", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KAFKA_USERNAME and KAFKA_PASSWORD");
        assertThatThrownBy(() -> new KafkaClientSecurity("SSL", null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KAFKA_SECURITY_PROTOCOL");
        assertThatThrownBy(() -> new KafkaClientSecurity("SASL_PLAINTEXT", "GSSAPI", "subsidy-service", PASSWORD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GSSAPI")
                .hasMessageNotContaining(PASSWORD);
    }

    @Test
    void neverShowsThePassword() {
        KafkaClientSecurity security = new KafkaClientSecurity("SASL_PLAINTEXT", null, "subsidy-service", PASSWORD);
        assertThat(security.toString()).doesNotContain(PASSWORD).contains("subsidy-service");
        assertThat(new KafkaConnection("kafka:9092", security).toString()).doesNotContain(PASSWORD);
    }

    @Test
    void isReadFromTheKafkaEnvironmentVariablesThroughTheServiceDefaults() {
        StandardEnvironment environment = environment(Map.of("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
                "KAFKA_USERNAME", "subsidy-service", "KAFKA_PASSWORD", PASSWORD));

        assertThat(KafkaClientSecurity.from(environment)).isEqualTo(
                new KafkaClientSecurity("SASL_PLAINTEXT", "SCRAM-SHA-512", "subsidy-service", PASSWORD));
    }

    /** The binder applies its configuration map to every client it creates, consumers, admin and health check alike. */
    @Test
    void theBinderGetsTheSameSecuritySettingsAsTheKitsOwnClients() {
        StandardEnvironment environment = environment(Map.of("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
                "KAFKA_USERNAME", "subsidy-service", "KAFKA_PASSWORD", PASSWORD,
                // a setting of its own would make the binder sign in differently from the kit
                "spring.cloud.stream.kafka.binder.configuration.security.protocol", "PLAINTEXT"));

        Map<String, String> binder = Binder.get(environment).bind("spring.cloud.stream.kafka.binder.configuration",
                Bindable.mapOf(String.class, String.class)).get();

        assertThat(binder).containsEntry("security.protocol", "SASL_PLAINTEXT")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("sasl.jaas.config", JAAS);
    }

    @Test
    void kafkaLogsTheClientsConfigurationWithThePasswordHidden() {
        Map<String, Object> config = new HashMap<>(new KafkaConnection("localhost:1",
                new KafkaClientSecurity("SASL_PLAINTEXT", null, "subsidy-service", PASSWORD)).clientProperties());
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 1);
        Logger kafka = (Logger) LoggerFactory.getLogger("org.apache.kafka");
        Level level = kafka.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        kafka.addAppender(appender);
        kafka.setLevel(Level.INFO);
        try {
            new KafkaProducer<>(config, new StringSerializer(), new StringSerializer()).close();
        } finally {
            kafka.setLevel(level);
            kafka.detachAppender(appender);
        }

        List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("ProducerConfig values", "sasl.jaas.config = [hidden]"));
        assertThat(lines).noneSatisfy(line -> assertThat(line).contains(PASSWORD));
    }

    /** The service's environment with the kit's defaults added, as Spring Boot prepares it at startup. */
    private static StandardEnvironment environment(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
        new ServiceDefaults().postProcessEnvironment(environment, null);
        return environment;
    }
}
