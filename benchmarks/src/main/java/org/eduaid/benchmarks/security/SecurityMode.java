package org.eduaid.benchmarks.security;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The two configurations the platform is measured in, one after the other, on the same data. */
enum SecurityMode {

    /** {@code EDUAID_SECURITY_ENABLED=false}: the gateway lets everything through, the service checks nothing. */
    OFF("security off"),

    /** As in service: the gateway validates the bearer token, the service validates it again. */
    ON("security on");

    private final String label;

    SecurityMode(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** Settings both apps get: the switch and where tokens come from (read only when security is on). */
    Map<String, String> securitySettings(String issuer, String jwkSetUri) {
        Map<String, String> settings = new HashMap<>();
        settings.put("EDUAID_SECURITY_ENABLED", String.valueOf(this == ON));
        settings.put("EDUAID_OIDC_ISSUER_URI", issuer);
        settings.put("EDUAID_OIDC_JWK_SET_URI", jwkSetUri);
        return settings;
    }

    /** For log file names. */
    String fileLabel() {
        return name().toLowerCase(Locale.ROOT);
    }
}
