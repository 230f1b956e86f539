package org.eduaid.benchmarks;

import java.util.HashMap;
import java.util.Map;

import org.eduaid.testkit.privacy.TestPrivacyKeys;
import org.eduaid.testkit.security.TestIdentityProvider;

/**
 * The environment of a service jar run as a child JVM by a benchmark: security on with the test
 * identity provider, the test kit's privacy keys, the benchmark's broker and store. The benchmark's
 * own environment is inherited as well, so a service's settings (for example
 * {@code OUTBOX_BATCH_SIZE}) can be changed for a run. Used by the import and the subsidy benchmarks.
 */
public final class ServiceEnvironment {

    private ServiceEnvironment() {
    }

    /** The variables for a service on {@code port} whose store is {@code database} of the benchmark's store. */
    public static Map<String, String> secured(int port, Infrastructure infrastructure,
            TestIdentityProvider identityProvider, String database) {
        Map<String, String> environment = new HashMap<>();
        environment.put("SERVER_PORT", String.valueOf(port));
        environment.put("KAFKA_BROKERS", infrastructure.kafkaBootstrap());
        environment.put("MONGODB_URI", infrastructure.mongoUri(database));
        environment.put("EDUAID_SECURITY_ENABLED", "true");
        environment.put("EDUAID_OIDC_ISSUER_URI", identityProvider.issuer());
        environment.put("EDUAID_OIDC_JWK_SET_URI", identityProvider.jwkSetUri());
        environment.putAll(privacyKeys());
        return environment;
    }

    /** The test kit's published keys, as environment variables: test data, never anything real. */
    public static Map<String, String> privacyKeys() {
        return Map.of(
                "EDUAID_PRIVACY_KEYS", TestPrivacyKeys.KEY_ID + ":" + TestPrivacyKeys.KEY,
                "EDUAID_PRIVACY_ACTIVE_KEY", TestPrivacyKeys.KEY_ID,
                "EDUAID_BLIND_INDEX_KEY", TestPrivacyKeys.BLIND_INDEX_KEY);
    }
}
