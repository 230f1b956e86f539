package org.eduaid.launcher;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.eduaid.contracts.access.KafkaAccessPolicy;
import org.eduaid.contracts.access.KafkaLogin;

/**
 * The Kafka passwords of the embedded platform: one per principal, generated on first use and kept
 * in the platform secrets as {@code kafka.<principal>}. Changing one there rotates it on the next
 * start, when the launcher writes every credential to the broker again.
 */
final class KafkaCredentials {

    static final String SECRET_PREFIX = "kafka.";

    private final PlatformSecrets secrets;

    KafkaCredentials(PlatformSecrets secrets) {
        this.secrets = secrets;
    }

    /** The principal's SCRAM login, as services and outside systems sign in on the client listener. */
    KafkaLogin scram(String principal) {
        return new KafkaLogin(KafkaLogin.SCRAM_SHA_512, principal, secrets.secret(SECRET_PREFIX + principal));
    }

    /**
     * The admin's PLAIN login, checked against the broker's own configuration rather than against
     * stored credentials: on the controller listener, since a controller cannot check SCRAM against
     * the metadata it serves itself, and when the admin's SCRAM credential is missing or stale.
     */
    KafkaLogin adminPlain() {
        return new KafkaLogin(KafkaLogin.PLAIN, KafkaAccessPolicy.ADMIN, scram(KafkaAccessPolicy.ADMIN).password());
    }

    /**
     * A PLAIN listener's JAAS configuration: the admin's own login, which the broker uses to reach
     * its controller, and the one user the listener accepts.
     */
    String plainListenerJaasConfig() {
        KafkaLogin admin = adminPlain();
        String login = admin.jaasConfig();
        return login.substring(0, login.length() - 1) + " user_" + admin.username() + "=\""
                + KafkaLogin.quoted(admin.password()) + "\";";
    }

    /** Security settings of a Kafka client signing in with {@code login} over SASL without TLS. */
    static Map<String, Object> clientSecurity(KafkaLogin login) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, SecurityProtocol.SASL_PLAINTEXT.name);
        config.put(SaslConfigs.SASL_MECHANISM, login.mechanism());
        config.put(SaslConfigs.SASL_JAAS_CONFIG, login.jaasConfig());
        return config;
    }
}
