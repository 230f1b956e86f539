package org.eduaid.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/** Plays an app stuck starting: listens, but its health stays DOWN (503), as Spring Boot answers then. */
public final class NeverUpFakeApp {

    static final String COMPLAINT = "still waiting for the fake database";

    private NeverUpFakeApp() {
    }

    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(Integer.parseInt(System.getenv("SERVER_PORT"))), 0);
        server.createContext("/actuator/health", exchange -> {
            byte[] body = "{\"status\":\"DOWN\",\"components\":{\"diskSpace\":{\"status\":\"UP\"}}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(503, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        System.out.println(COMPLAINT);
    }
}
