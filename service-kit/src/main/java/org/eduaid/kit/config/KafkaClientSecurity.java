package org.eduaid.kit.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.eduaid.contracts.access.KafkaLogin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * How this service signs in to Kafka, under {@code eduaid.kafka.security} (KAFKA_SECURITY_PROTOCOL,
 * KAFKA_SASL_MECHANISM, KAFKA_USERNAME, KAFKA_PASSWORD). {@link #clientProperties()} is the one place
 * the Kafka client settings are made from them: the binder's clients, the outbox relay's producer,
 * the topic admin and the dead-letter producer all take theirs from it.
 *
 * @param protocol PLAINTEXT, SASL_PLAINTEXT or SASL_SSL (SASL over TLS, trusting the JVM's CA certificates)
 * @param saslMechanism SCRAM-SHA-512 (what EduAid's brokers use), SCRAM-SHA-256 or PLAIN
 * @param username the service's principal, by convention its {@code spring.application.name}
 * @param password the principal's password; never logged, never in {@link #toString()}
 */
@ConfigurationProperties(KafkaClientSecurity.PREFIX)
public record KafkaClientSecurity(String protocol, String saslMechanism, String username, String password) {

    static final String PREFIX = "eduaid.kafka.security";
    private static final String PLAINTEXT = "PLAINTEXT";
    private static final Set<String> PROTOCOLS = Set.of(PLAINTEXT, "SASL_PLAINTEXT", "SASL_SSL");

    public KafkaClientSecurity {
        protocol = protocol == null || protocol.isBlank() ? PLAINTEXT : protocol.trim().toUpperCase(Locale.ROOT);
        saslMechanism = saslMechanism == null || saslMechanism.isBlank() ? KafkaLogin.SCRAM_SHA_512
                : saslMechanism.trim().toUpperCase(Locale.ROOT);
        username = username == null ? "" : username.trim();
        password = password == null ? "" : password;
        if (!PROTOCOLS.contains(protocol)) {
            throw new IllegalArgumentException("KAFKA_SECURITY_PROTOCOL must be one of " + PROTOCOLS + ", was '"
                    + protocol + "'");
        }
        if (usesSasl(protocol)) {
            if (username.isEmpty() || password.isEmpty()) {
                throw new IllegalArgumentException("KAFKA_SECURITY_PROTOCOL is " + protocol
                        + ": set KAFKA_USERNAME and KAFKA_PASSWORD to the service's Kafka principal and its password");
            }
            new KafkaLogin(saslMechanism, username, password);
        }
    }

    /** Without security: what tests on a local broker use. */
    public static KafkaClientSecurity plaintext() {
        return new KafkaClientSecurity(PLAINTEXT, null, null, null);
    }

    /** Read from the environment as the configuration properties are, for code that runs before beans exist. */
    public static KafkaClientSecurity from(Environment environment) {
        return Binder.get(environment).bindOrCreate(PREFIX, KafkaClientSecurity.class);
    }

    /** The security settings of any Kafka client of this service: producer, consumer or admin. */
    public Map<String, Object> clientProperties() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, protocol);
        if (usesSasl(protocol)) {
            KafkaLogin login = new KafkaLogin(saslMechanism, username, password);
            config.put(SaslConfigs.SASL_MECHANISM, login.mechanism());
            // Kafka declares this setting a password: its clients log it as [hidden]
            config.put(SaslConfigs.SASL_JAAS_CONFIG, login.jaasConfig());
        }
        return config;
    }

    private static boolean usesSasl(String protocol) {
        return protocol.startsWith("SASL_");
    }

    @Override
    public String toString() {
        return "KafkaClientSecurity[" + protocol + (usesSasl(protocol) ? ", " + saslMechanism + " as " + username : "")
                + "]";
    }
}
