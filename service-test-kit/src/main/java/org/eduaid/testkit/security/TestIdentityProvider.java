package org.eduaid.testkit.security;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for the OpenID Connect provider in tests: an RSA signing key whose public half is
 * served as a JWKS over HTTP, so services under test validate tokens exactly as in production
 * (fetching the key set, checking signature, issuer, audience and expiry). One per test JVM.
 */
public final class TestIdentityProvider {

    private static volatile TestIdentityProvider instance;

    private final RSAKey signingKey;
    private final RSAKey strangerKey;
    private final String issuer;
    private final String jwkSetUri;

    private TestIdentityProvider(RSAKey signingKey, RSAKey strangerKey, String issuer, String jwkSetUri) {
        this.signingKey = signingKey;
        this.strangerKey = strangerKey;
        this.issuer = issuer;
        this.jwkSetUri = jwkSetUri;
    }

    public static TestIdentityProvider get() {
        if (instance == null) {
            synchronized (TestIdentityProvider.class) {
                if (instance == null) {
                    instance = start();
                }
            }
        }
        return instance;
    }

    public String issuer() {
        return issuer;
    }

    public String jwkSetUri() {
        return jwkSetUri;
    }

    /** A token for a caller of the given role; see {@link TestCallers} for the usual ones. */
    public TestToken token(String role) {
        return new TestToken(this, role);
    }

    RSAKey signingKey() {
        return signingKey;
    }

    /** A key nobody published: what a forger or another provider signs with. */
    RSAKey strangerKey() {
        return strangerKey;
    }

    private static TestIdentityProvider start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
            RSAKey stranger = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(jwks);
                }
            });
            server.setExecutor(null);
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "test-identity-provider-stop"));
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            return new TestIdentityProvider(key, stranger, base + "/test-issuer", base + "/jwks");
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate the test signing key", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not serve the test JWKS", e);
        }
    }
}
