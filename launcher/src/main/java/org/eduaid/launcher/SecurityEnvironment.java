package org.eduaid.launcher;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The settings that let the apps trust one another: where the identity provider is, the gateway's
 * client secret, the key the provider signs tokens with, and the keys the services encrypt personal
 * data with. Every secret comes from {@link PlatformSecrets}, so a restart finds the same ones and
 * yesterday's tokens, sessions and encrypted fields stay readable.
 */
final class SecurityEnvironment {

    static final String GATEWAY_CLIENT_ID = "eduaid-gateway";
    static final String GATEWAY_CLIENT_SECRET = "oidc.gateway-client";
    static final String SIGNING_KEY = "idp.signing-key";
    static final String PRIVACY_KEY = "privacy.key.k1";
    static final String BLIND_INDEX_KEY = "privacy.blind-index";
    /** The id under which the one key the launcher generates is known; a rotation would add {@code k2}. */
    private static final String PRIVACY_KEY_ID = "k1";
    private static final int SIGNING_KEY_BITS = 2048;

    private SecurityEnvironment() {
    }

    static Map<String, String> of(PlatformApp app, PlatformSettings settings, PlatformSecrets secrets) {
        String issuer = RunningPlatform.urlOf(PlatformApp.IDENTITY_PROVIDER, settings).toString();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("EDUAID_OIDC_ISSUER_URI", issuer);
        if (app.isIdentityProvider()) {
            env.put("EDUAID_GATEWAY_URL", RunningPlatform.urlOf(PlatformApp.GATEWAY, settings).toString());
            putGatewayClient(env, secrets);
            env.put("IDP_SIGNING_KEY", secrets.generated(SIGNING_KEY, SecurityEnvironment::newSigningKey));
            env.put("IDP_DEMO_ACCOUNTS", "true");
            return env;
        }
        env.put("EDUAID_OIDC_JWK_SET_URI", issuer + "/oauth2/jwks");
        if (app.isGateway()) {
            putGatewayClient(env, secrets);
        }
        if (app.isService()) {
            env.put("EDUAID_PRIVACY_KEYS", PRIVACY_KEY_ID + ":" + secrets.key(PRIVACY_KEY));
            env.put("EDUAID_PRIVACY_ACTIVE_KEY", PRIVACY_KEY_ID);
            env.put("EDUAID_BLIND_INDEX_KEY", secrets.key(BLIND_INDEX_KEY));
        }
        return env;
    }

    private static void putGatewayClient(Map<String, String> env, PlatformSecrets secrets) {
        env.put("EDUAID_GATEWAY_CLIENT_ID", GATEWAY_CLIENT_ID);
        env.put("EDUAID_GATEWAY_CLIENT_SECRET", secrets.secret(GATEWAY_CLIENT_SECRET));
    }

    /** An RSA private key as a JWK (JSON), the form the identity provider reads from IDP_SIGNING_KEY. */
    static String newSigningKey() {
        try {
            return new RSAKeyGenerator(SIGNING_KEY_BITS).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString()).generate().toJSONString();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate the identity provider's signing key", e);
        }
    }
}
