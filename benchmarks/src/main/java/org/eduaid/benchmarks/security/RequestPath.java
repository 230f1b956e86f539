package org.eduaid.benchmarks.security;

/** Where the load driver sends the lookup: through the gateway, as every real client does, or to the service itself. */
enum RequestPath {

    GATEWAY("gateway"),

    /** Straight to the service: what the gateway's hop adds is the difference to {@link #GATEWAY}. */
    DIRECT("direct");

    private final String label;

    RequestPath(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
