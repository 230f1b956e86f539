package org.eduaid.gateway;

import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A stand-in for one EduAid service: answers every request with headers that say which backend
 * it reached and what arrived there (path, correlation id, body length).
 */
final class StubBackend implements AutoCloseable {

    static final String NAME = "X-Stub-Backend";
    static final String SEEN_PATH = "X-Stub-Seen-Path";
    static final String SEEN_CORRELATION_ID = "X-Stub-Seen-Correlation-Id";
    static final String SEEN_BODY_BYTES = "X-Stub-Seen-Body-Bytes";

    private final DisposableServer server;

    private StubBackend(DisposableServer server) {
        this.server = server;
    }

    static StubBackend start(String name) {
        DisposableServer server = HttpServer.create()
                .host("localhost")
                .port(0)
                .handle((request, response) -> request.receive().aggregate().asByteArray()
                        .map(body -> body.length)
                        .defaultIfEmpty(0)
                        .flatMap(bodyBytes -> response
                                .header(NAME, name)
                                .header(SEEN_PATH, request.uri())
                                .header(SEEN_CORRELATION_ID, String.valueOf(
                                        request.requestHeaders().get(CorrelationIdFilter.HEADER)))
                                .header(SEEN_BODY_BYTES, String.valueOf(bodyBytes))
                                .sendString(Mono.just("{\"ok\":true}"))
                                .then()))
                .bindNow();
        return new StubBackend(server);
    }

    String url() {
        return "http://localhost:" + server.port();
    }

    @Override
    public void close() {
        server.disposeNow();
    }
}
