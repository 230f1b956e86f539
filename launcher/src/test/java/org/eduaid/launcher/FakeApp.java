package org.eduaid.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Plays one of the platform's Spring Boot apps in launcher tests: listens on {@code SERVER_PORT},
 * is always UP, and shows at {@code /env} the wiring the launcher gave it, and when its JVM started
 * and when it began to answer (epoch millis), so tests can tell the order of starting. Runs until terminated.
 */
public final class FakeApp {

    static final String READY = "fake app listening";
    static final String JVM_STARTED_AT = "jvm.started-at";
    static final String LISTENING_SINCE = "listening-since";

    private FakeApp() {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(System.getenv("SERVER_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/actuator/health", exchange -> respond(exchange, "{\"status\":\"UP\"}"));
        long listeningSince = System.currentTimeMillis();
        server.createContext("/env", exchange -> respond(exchange, wiring() + "\n" + JVM_STARTED_AT + "="
                + ManagementFactory.getRuntimeMXBean().getStartTime() + "\n" + LISTENING_SINCE + "=" + listeningSince));
        server.start();
        System.out.println(READY + " on " + port);
    }

    private static String wiring() {
        return Stream.of("SERVER_PORT", "KAFKA_BROKERS", "MONGODB_URI", "ENROLLMENT_SERVICE_URL", "SUBSIDY_SERVICE_URL",
                        "TEACHER_SERVICE_URL", "REPORTING_SERVICE_URL", "EDUAID_OIDC_ISSUER_URI", "EDUAID_OIDC_JWK_SET_URI",
                        "EDUAID_GATEWAY_URL", "EDUAID_GATEWAY_CLIENT_ID", "EDUAID_GATEWAY_CLIENT_SECRET", "IDP_SIGNING_KEY",
                        "IDP_DEMO_ACCOUNTS", "EDUAID_PRIVACY_KEYS", "EDUAID_PRIVACY_ACTIVE_KEY", "EDUAID_BLIND_INDEX_KEY",
                        "KAFKA_SECURITY_PROTOCOL", "KAFKA_SASL_MECHANISM", "KAFKA_USERNAME", "KAFKA_PASSWORD")
                .filter(name -> System.getenv(name) != null)
                .map(name -> name + "=" + System.getenv(name))
                .collect(Collectors.joining("\n"));
    }

    private static void respond(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
