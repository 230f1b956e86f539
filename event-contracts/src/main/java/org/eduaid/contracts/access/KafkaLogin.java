package org.eduaid.contracts.access;

import java.util.Objects;

/**
 * How a principal signs in to Kafka with SASL: its mechanism, user name and password, and the
 * {@code sasl.jaas.config} value a Kafka client needs for them. Kept here, once, because the
 * services' kit and the launcher both build Kafka clients from it.
 */
public record KafkaLogin(String mechanism, String username, String password) {

    /** The mechanism every EduAid principal uses on the platform's brokers. */
    public static final String SCRAM_SHA_512 = "SCRAM-SHA-512";
    public static final String SCRAM_SHA_256 = "SCRAM-SHA-256";
    public static final String PLAIN = "PLAIN";

    public KafkaLogin {
        Objects.requireNonNull(mechanism, "mechanism");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        loginModule(mechanism);
    }

    /** The {@code sasl.jaas.config} value: the mechanism's login module with the user name and password. */
    public String jaasConfig() {
        return loginModule(mechanism) + " required username=\"" + quoted(username) + "\" password=\"" + quoted(password)
                + "\";";
    }

    private static String loginModule(String mechanism) {
        if (mechanism.equals(SCRAM_SHA_512) || mechanism.equals(SCRAM_SHA_256)) {
            return "org.apache.kafka.common.security.scram.ScramLoginModule";
        }
        if (mechanism.equals(PLAIN)) {
            return "org.apache.kafka.common.security.plain.PlainLoginModule";
        }
        throw new IllegalArgumentException("Unsupported SASL mechanism '" + mechanism + "'; use " + SCRAM_SHA_512
                + ", " + SCRAM_SHA_256 + " or " + PLAIN);
    }

    /** A value for a JAAS option: Kafka reads them like Java string literals, so quotes and backslashes are escaped. */
    public static String quoted(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Never the password: a login may end up in a log line or an exception message. */
    @Override
    public String toString() {
        return "KafkaLogin[" + mechanism + " as " + username + "]";
    }
}
