package org.eduaid.gateway;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A stand-in for one EduAid service: answers every request with headers that say which backend
 * it reached and what arrived there (path, correlation id, credentials, cookies, body length), and
 * remembers the paths it was asked for, so a test can tell that a request never reached it. It
 * answers as cacheable, so a test can see the gateway overrule that for API answers.
 */
public final class StubBackend implements AutoCloseable {

    public static final String NAME = "X-Stub-Backend";
    public static final String SEEN_PATH = "X-Stub-Seen-Path";
    public static final String SEEN_CORRELATION_ID = "X-Stub-Seen-Correlation-Id";
    public static final String SEEN_BODY_BYTES = "X-Stub-Seen-Body-Bytes";
    public static final String SEEN_AUTHORIZATION = "X-Stub-Seen-Authorization";
    public static final String SEEN_COOKIE = "X-Stub-Seen-Cookie";

    private final DisposableServer server;
    private final List<String> receivedPaths;

    private StubBackend(DisposableServer server, List<String> receivedPaths) {
        this.server = server;
        this.receivedPaths = receivedPaths;
    }

    public static StubBackend start(String name) {
        List<String> receivedPaths = new CopyOnWriteArrayList<>();
        DisposableServer server = HttpServer.create()
                .host("localhost")
                .port(0)
                .handle((request, response) -> request.receive().aggregate().asByteArray()
                        .map(body -> body.length)
                        .defaultIfEmpty(0)
                        .flatMap(bodyBytes -> {
                            receivedPaths.add(request.uri());
                            return response
                                    .header(NAME, name)
                                    .header(SEEN_PATH, request.uri())
                                    .header(SEEN_CORRELATION_ID, String.valueOf(
                                            request.requestHeaders().get(CorrelationIdFilter.HEADER)))
                                    .header(SEEN_AUTHORIZATION, String.valueOf(request.requestHeaders().get("Authorization")))
                                    .header(SEEN_COOKIE, String.valueOf(request.requestHeaders().get("Cookie")))
                                    .header(SEEN_BODY_BYTES, String.valueOf(bodyBytes))
                                    .header("Cache-Control", "public, max-age=600")
                                    .header("Content-Type", "application/json")
                                    .sendString(Mono.just("{\"ok\":true}"))
                                    .then();
                        }))
                .bindNow();
        return new StubBackend(server, receivedPaths);
    }

    public String url() {
        return "http://localhost:" + server.port();
    }

    /** The paths (with query) of every request that reached this backend so far. */
    public List<String> receivedPaths() {
        return List.copyOf(receivedPaths);
    }

    @Override
    public void close() {
        server.disposeNow();
    }
}
