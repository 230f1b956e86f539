package org.eduaid.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Plays one of the platform's Spring Boot apps in launcher tests: listens on {@code SERVER_PORT},
 * is always UP, and shows at {@code /env} the wiring the launcher gave it. Runs until terminated.
 */
public final class FakeApp {

    static final String READY = "fake app listening";

    private FakeApp() {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(System.getenv("SERVER_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/actuator/health", exchange -> respond(exchange, "{\"status\":\"UP\"}"));
        server.createContext("/env", exchange -> respond(exchange, wiring()));
        server.start();
        System.out.println(READY + " on " + port);
    }

    private static String wiring() {
        return Stream.of("SERVER_PORT", "KAFKA_BROKERS", "MONGODB_URI", "ENROLLMENT_SERVICE_URL", "SUBSIDY_SERVICE_URL",
                        "TEACHER_SERVICE_URL", "REPORTING_SERVICE_URL",
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
