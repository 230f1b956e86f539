package org.eduaid.benchmarks.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.HttpProtocol;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;
import tools.jackson.databind.json.JsonMapper;

/**
 * A closed-loop load on one base URL: each client sends a lookup of a random school, waits for the
 * whole answer, and sends the next, until the run's time is up. HTTP/1.1 with keep-alive, one pooled
 * connection per client, so the warm-up opens the connections and the measured run only reuses them.
 * Every request carries a bearer token, also when security is off and nobody reads it, so that both
 * configurations send the same bytes. An answer counts only if it is 200 and holds the school asked for.
 */
final class LoadDriver implements AutoCloseable {

    static final String SCHOOLS = "/api/enrollment/schools";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** Past the run's end: the clients' last requests, each at most {@link #REQUEST_TIMEOUT}. */
    private static final Duration DRAIN_TIMEOUT = REQUEST_TIMEOUT.plusSeconds(20);
    private static final int SEED_CONCURRENCY = 8;

    private final int clients;
    private final List<String> schoolCodes;
    private final ConnectionProvider pool;
    private final LoopResources loops;
    private final HttpClient http;

    private LoadDriver(int clients, List<String> schoolCodes, ConnectionProvider pool, LoopResources loops,
            HttpClient http) {
        this.clients = clients;
        this.schoolCodes = List.copyOf(schoolCodes);
        this.pool = pool;
        this.loops = loops;
        this.http = http;
    }

    static LoadDriver open(URI baseUrl, int clients, List<String> schoolCodes) {
        ConnectionProvider pool = ConnectionProvider.builder("security-benchmark")
                .maxConnections(Math.max(clients, SEED_CONCURRENCY))
                .pendingAcquireMaxCount(-1)
                .maxIdleTime(Duration.ofMinutes(10))
                .build();
        // as many event-loop threads as cores: the driver shares the machine with what it measures
        LoopResources loops = LoopResources.create("security-benchmark-client",
                Runtime.getRuntime().availableProcessors(), true);
        HttpClient http = HttpClient.create(pool)
                .runOn(loops)
                .protocol(HttpProtocol.HTTP11)
                .keepAlive(true)
                .baseUrl(baseUrl.toString())
                .responseTimeout(REQUEST_TIMEOUT)
                .headers(headers -> headers.set(HttpHeaderNames.ACCEPT, HttpHeaderValues.APPLICATION_JSON));
        return new LoadDriver(clients, schoolCodes, pool, loops, http);
    }

    /**
     * Runs the clients for {@code length}, every request with {@code bearerToken}; each client draws its
     * schools from its own generator seeded from {@code seed}, so every configuration reads the same sequence.
     */
    LoadResult run(Duration length, long seed, String bearerToken) {
        HttpClient signedIn = signedIn(bearerToken);
        List<ClientTally> tallies = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            tallies.add(new ClientTally());
        }
        long started = System.nanoTime();
        long deadline = started + length.toNanos();
        Flux.range(0, clients)
                .flatMap(index -> client(signedIn, tallies.get(index), new SplittableRandom(seed * 1_000_003L + index),
                        deadline), clients)
                .then()
                .block(length.plus(DRAIN_TIMEOUT));
        return LoadResult.of(tallies, Duration.ofNanos(System.nanoTime() - started));
    }

    private Mono<Void> client(HttpClient http, ClientTally tally, SplittableRandom random, long deadline) {
        return Mono.defer(() -> {
                    String code = schoolCodes.get(random.nextInt(schoolCodes.size()));
                    long started = System.nanoTime();
                    return lookup(http, code)
                            .doOnNext(answer -> {
                                long ended = System.nanoTime();
                                if (answer.status() == 200 && answer.body().contains(code)) {
                                    tally.answered(started, ended);
                                } else {
                                    tally.failed("HTTP " + answer.status() + " for school " + code + ": "
                                            + abbreviated(answer.body()));
                                }
                            })
                            .onErrorResume(error -> {
                                tally.failed(error.getClass().getSimpleName() + " for school " + code + ": "
                                        + error.getMessage());
                                return Mono.empty();
                            });
                })
                .repeat(() -> System.nanoTime() < deadline)
                .then();
    }

    /** The same client, so the same pooled connections, with the token on every request. */
    private HttpClient signedIn(String bearerToken) {
        return http.headers(headers -> headers.set(HttpHeaderNames.AUTHORIZATION, "Bearer " + bearerToken));
    }

    private static Mono<Answer> lookup(HttpClient http, String code) {
        return http.get().uri(SCHOOLS + "/" + code)
                .responseSingle((response, body) -> body.asString(StandardCharsets.UTF_8)
                        .defaultIfEmpty("")
                        .map(text -> new Answer(response.status().code(), text)));
    }

    /**
     * Registers the schools, a few at a time.
     *
     * @throws IllegalStateException unless every registration was answered 201
     */
    void register(List<Map<String, Object>> registrations, String bearerToken) {
        JsonMapper json = JsonMapper.builder().build();
        HttpClient signedIn = signedIn(bearerToken);
        AtomicInteger created = new AtomicInteger();
        ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
        Flux.fromIterable(registrations)
                .flatMap(registration -> signedIn
                        .headers(headers -> headers.set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON))
                        .post().uri(SCHOOLS)
                        .send(ByteBufFlux.fromString(Mono.just(json.writeValueAsString(registration))))
                        .responseSingle((response, body) -> body.asString(StandardCharsets.UTF_8)
                                .defaultIfEmpty("")
                                .map(text -> new Answer(response.status().code(), text)))
                        .doOnNext(answer -> {
                            if (answer.status() == 201) {
                                created.incrementAndGet();
                            } else {
                                refused.add("HTTP " + answer.status() + " for " + registration.get("schoolCode") + ": "
                                        + abbreviated(answer.body()));
                            }
                        }), SEED_CONCURRENCY)
                .then()
                .block(Duration.ofMinutes(10));
        if (created.get() != registrations.size()) {
            throw new IllegalStateException("only " + created.get() + " of " + registrations.size()
                    + " schools were registered; e.g. " + refused.peek());
        }
    }

    private static String abbreviated(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }

    @Override
    public void close() {
        pool.disposeLater().block(Duration.ofSeconds(10));
        loops.disposeLater().block(Duration.ofSeconds(10));
    }

    private record Answer(int status, String body) {
    }
}
