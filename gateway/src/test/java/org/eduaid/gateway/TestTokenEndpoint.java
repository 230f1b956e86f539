package org.eduaid.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;

/**
 * The identity provider's token endpoint, as far as the gateway uses it after sign-in: it answers the
 * next refresh-token grant with whatever a test lined up (new tokens or an OAuth2 error) and remembers
 * what it was asked. One per test JVM.
 */
public final class TestTokenEndpoint {

    private static volatile TestTokenEndpoint instance;

    private final String url;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicReference<Answer> next = new AtomicReference<>(Answer.error("invalid_grant"));

    private TestTokenEndpoint(String url) {
        this.url = url;
    }

    public record Request(String authorization, Map<String, String> form) {
    }

    private record Answer(int status, String json) {
        static Answer error(String code) {
            return new Answer(400, "{\"error\":\"" + code + "\"}");
        }
    }

    public static TestTokenEndpoint get() {
        if (instance == null) {
            synchronized (TestTokenEndpoint.class) {
                if (instance == null) {
                    instance = start();
                }
            }
        }
        return instance;
    }

    public String url() {
        return url;
    }

    public void answerWithTokens(String accessToken, String refreshToken) {
        next.set(new Answer(200, "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\","
                + "\"expires_in\":600,\"refresh_token\":\"" + refreshToken + "\",\"scope\":\"openid profile\"}"));
    }

    public void answerWithError(String code) {
        next.set(Answer.error(code));
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private static TestTokenEndpoint start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            TestTokenEndpoint endpoint = new TestTokenEndpoint(
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/token");
            server.createContext("/token", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                endpoint.requests.add(new Request(exchange.getRequestHeaders().getFirst("Authorization"), form(body)));
                Answer answer = endpoint.next.get();
                byte[] json = answer.json().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(answer.status(), json.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(json);
                }
            });
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "test-token-endpoint-stop"));
            return endpoint;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not serve the test token endpoint", e);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }
}
