package org.eduaid.identity.token;

import java.text.ParseException;
import java.util.UUID;

import org.eduaid.identity.config.InvalidIdentityConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The RSA key the tokens are signed with. Given as a JWK, it survives restarts, and so do the tokens
 * and sessions built on it; generated, it dies with the process.
 */
final class SigningKey {

    static final String VARIABLE = "IDP_SIGNING_KEY";
    private static final int MIN_BITS = 2048;
    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

    private SigningKey() {
    }

    /**
     * The configured key, or an ephemeral one when {@code jwk} is empty.
     *
     * @throws InvalidIdentityConfigurationException if {@code jwk} is no RSA private key of at least 2048 bits
     */
    static RSAKey from(String jwk) {
        if (jwk == null || jwk.isBlank()) {
            log.warn("No signing key configured ({}): generated an ephemeral one. Tokens and sessions signed with it "
                    + "stop being valid when this process ends; set {} to an RSA JWK to keep them across restarts.",
                    VARIABLE, VARIABLE);
            return generate();
        }
        // the parser's messages quote the input, which is a private key: none of them is passed on
        JWK parsed;
        try {
            parsed = JWK.parse(jwk);
        } catch (ParseException e) {
            throw new InvalidIdentityConfigurationException(VARIABLE + " is not a JSON Web Key");
        }
        if (!(parsed instanceof RSAKey rsa) || !rsa.isPrivate()) {
            throw new InvalidIdentityConfigurationException(VARIABLE + " must be an RSA private key (a JWK with \"kty\":\"RSA\" and \"d\")");
        }
        if (rsa.size() < MIN_BITS) {
            throw new InvalidIdentityConfigurationException(VARIABLE + " is an RSA key of " + rsa.size()
                    + " bits; at least " + MIN_BITS + " are needed");
        }
        return rsa.getKeyID() != null ? rsa : withThumbprintId(rsa);
    }

    static RSAKey generate() {
        try {
            return new RSAKeyGenerator(MIN_BITS).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate an RSA signing key", e);
        }
    }

    /** Services pick the key by its id; the thumbprint stays the same for the same key. */
    private static RSAKey withThumbprintId(RSAKey key) {
        try {
            return new RSAKey.Builder(key).keyIDFromThumbprint().build();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not compute the signing key's thumbprint", e);
        }
    }
}
