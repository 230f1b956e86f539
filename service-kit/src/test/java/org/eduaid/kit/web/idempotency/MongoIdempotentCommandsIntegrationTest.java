package org.eduaid.kit.web.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;
import org.eduaid.kit.events.EventJson;
import org.eduaid.kit.web.ConflictException;
import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.testkit.AdjustableClock;
import org.eduaid.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.SimpleReactiveMongoDatabaseFactory;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The Idempotency-Key store on the real test store: once per key, replays, refusals, expiry. */
class MongoIdempotentCommandsIntegrationTest {

    private static final String DATABASE = "kit-idempotency";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static MongoClient client;
    private static final AdjustableClock clock = AdjustableClock.systemTime();
    private static MongoIdempotentCommands commands;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestInfrastructure.get().mongoUri(DATABASE));
        commands = new MongoIdempotentCommands(new SimpleReactiveMongoDatabaseFactory(client, DATABASE), new EventJson(),
                clock, new IdempotencyProperties(Duration.ofDays(7), Duration.ofHours(1), Duration.ofMinutes(10)));
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstResultWithoutRunningAgain() {
        IdempotencyKey key = freshKey("seal:batch-1", "officer-1");
        AtomicInteger runs = new AtomicInteger();
        Seal request = new Seal("150424~NUTRITION~2026-2027-1", 3L);

        Sealed first = commands.once(key, request, Sealed.class, () -> sealed(runs)).block(TIMEOUT);
        Sealed second = commands.once(key, new Seal("150424~NUTRITION~2026-2027-1", 3L), Sealed.class, () -> sealed(runs))
                .block(TIMEOUT);

        assertThat(runs).hasValue(1);
        assertThat(second).isEqualTo(first);
        assertThat(second.at()).isEqualTo(Instant.parse("2026-09-01T08:00:00Z"));
        assertThat(second.payments()).containsExactly("p-1", "p-2");
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefusedAndRunsNothing() {
        IdempotencyKey key = freshKey("seal:batch-2", "officer-1");
        AtomicInteger runs = new AtomicInteger();
        commands.once(key, new Seal("b", 1L), Sealed.class, () -> sealed(runs)).block(TIMEOUT);

        assertThatThrownBy(() -> commands.once(key, new Seal("b", 2L), Sealed.class, () -> sealed(runs)).block(TIMEOUT))
                .isInstanceOf(IdempotencyKeyReusedException.class)
                .satisfies(e -> {
                    IdempotencyKeyReusedException reused = (IdempotencyKeyReusedException) e;
                    assertThat(reused.getStatusCode().value()).isEqualTo(422);
                    assertThat(reused.getReason()).isEqualTo("Idempotency-Key reused with a different request");
                });
        assertThat(runs).hasValue(1);
    }

    @Test
    void mapsHashTheSameWhateverTheOrderOfTheirEntries() {
        IdempotencyKey key = freshKey("results:batch-3", "officer-1");
        AtomicInteger runs = new AtomicInteger();
        Map<String, Object> one = new java.util.LinkedHashMap<>();
        one.put("a", 1);
        one.put("b", 2);
        Map<String, Object> other = new java.util.LinkedHashMap<>();
        other.put("b", 2);
        other.put("a", 1);

        commands.once(key, one, Sealed.class, () -> sealed(runs)).block(TIMEOUT);
        commands.once(key, other, Sealed.class, () -> sealed(runs)).block(TIMEOUT);

        assertThat(runs).hasValue(1);
    }

    @Test
    void theKeyIsScopedToTheCallerAndTheCommand() {
        String value = UUID.randomUUID().toString();
        AtomicInteger runs = new AtomicInteger();
        Seal request = new Seal("b", 1L);

        commands.once(new IdempotencyKey("seal:b", "officer-1", value), request, Sealed.class, () -> sealed(runs)).block(TIMEOUT);
        commands.once(new IdempotencyKey("seal:b", "officer-2", value), request, Sealed.class, () -> sealed(runs)).block(TIMEOUT);
        commands.once(new IdempotencyKey("release:b", "officer-1", value), request, Sealed.class, () -> sealed(runs))
                .block(TIMEOUT);

        assertThat(runs).hasValue(3);
    }

    @Test
    void twoConcurrentCallsWithOneKeyRunTheCommandOnceAndTheOtherIsToldToRetry() throws InterruptedException {
        IdempotencyKey key = freshKey("seal:batch-4", "officer-1");
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Seal request = new Seal("b", 1L);
        Mono<Sealed> slow = Mono.fromCallable(() -> {
            runs.incrementAndGet();
            running.countDown();
            finish.await(30, TimeUnit.SECONDS);
            return new Sealed(List.of("p-1"), Instant.parse("2026-09-01T08:00:00Z"));
        }).subscribeOn(Schedulers.boundedElastic());

        Mono<Sealed> first = commands.once(key, request, Sealed.class, () -> slow).cache();
        first.subscribe(null, failure -> { });
        assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> commands.once(key, request, Sealed.class, () -> slow).block(TIMEOUT))
                .isInstanceOf(ConflictException.class).hasMessageContaining("still being processed");
        finish.countDown();
        Sealed result = first.block(TIMEOUT);
        assertThat(commands.once(key, request, Sealed.class, () -> slow).block(TIMEOUT)).isEqualTo(result);
        assertThat(runs).hasValue(1);
    }

    @Test
    void manyConcurrentCallsWithOneKeyRunTheCommandOnce() {
        IdempotencyKey key = freshKey("seal:batch-5", "officer-1");
        AtomicInteger runs = new AtomicInteger();
        Seal request = new Seal("b", 1L);

        List<String> outcomes = Flux.range(0, 8)
                .flatMap(i -> commands.once(key, request, Sealed.class,
                                () -> Mono.delay(Duration.ofMillis(200)).then(sealed(runs)))
                        .map(sealed -> "ran or replayed")
                        .onErrorResume(ConflictException.class, e -> Mono.just("told to retry"))
                        .subscribeOn(Schedulers.parallel()))
                .collectList().block(TIMEOUT);

        assertThat(runs).hasValue(1);
        assertThat(outcomes).hasSize(8).contains("ran or replayed");
    }

    @Test
    void aFailedRunFreesItsKeySoTheRetryRunsAgain() {
        IdempotencyKey key = freshKey("seal:batch-6", "officer-1");
        AtomicInteger runs = new AtomicInteger();
        Seal request = new Seal("b", 1L);

        assertThatThrownBy(() -> commands.once(key, request, Sealed.class, () -> {
            runs.incrementAndGet();
            return Mono.error(new IllegalStateException("bank file not written"));
        }).block(TIMEOUT)).hasMessageContaining("bank file not written");
        assertThat(stored(key)).isNull();

        assertThatThrownBy(() -> commands.once(key, request, Sealed.class, () -> {
            runs.incrementAndGet();
            throw InvalidRequestException.of("term", "is not a term");
        }).block(TIMEOUT)).isInstanceOf(InvalidRequestException.class);
        assertThat(stored(key)).isNull();

        commands.once(key, request, Sealed.class, () -> sealed(runs)).block(TIMEOUT);
        assertThat(runs).hasValue(3);
        assertThat(stored(key).getString("status")).isEqualTo("DONE");
    }

    @Test
    void anEmptyResultIsRememberedAndReplayedAsEmpty() {
        IdempotencyKey key = freshKey("return:p-1", "officer-1");
        AtomicInteger runs = new AtomicInteger();

        assertThat(commands.once(key, "same", Sealed.class, () -> Mono.fromRunnable(runs::incrementAndGet))
                .blockOptional(TIMEOUT)).isEmpty();
        assertThat(commands.once(key, "same", Sealed.class, () -> Mono.fromRunnable(runs::incrementAndGet))
                .blockOptional(TIMEOUT)).isEmpty();

        assertThat(runs).hasValue(1);
    }

    @Test
    void theStoredKeyRevealsNeitherTheCallerNorTheKeyValue() {
        IdempotencyKey key = freshKey("seal:batch-7", "officer-secret-name");
        commands.once(key, new Seal("b", 1L), Sealed.class, () -> sealed(new AtomicInteger())).block(TIMEOUT);

        Document stored = stored(key);
        assertThat(stored.toJson()).doesNotContain("officer-secret-name").doesNotContain(key.value());
        assertThat(stored.getString("command")).isEqualTo("seal:batch-7");
        assertThat(stored.getString("requestHash")).hasSize(64);
    }

    @Test
    void aRunWhoseReplicaDiedIsTakenOverOnceItIsStale() {
        IdempotencyKey key = freshKey("seal:batch-8", "officer-1");
        AtomicInteger runs = new AtomicInteger();
        Seal request = new Seal("b", 1L);
        // a claim left IN_PROGRESS by a replica that stopped mid-run
        Mono.from(keys().insertOne(new Document("_id", MongoIdempotentCommands.idOf(key))
                .append("command", key.command()).append("requestHash", commands.hashOf(request))
                .append("status", "IN_PROGRESS").append("createdAt", java.util.Date.from(clock.instant()))
                .append("startedAt", java.util.Date.from(clock.instant())))).block(TIMEOUT);

        assertThatThrownBy(() -> commands.once(key, request, Sealed.class, () -> sealed(runs)).block(TIMEOUT))
                .isInstanceOf(ConflictException.class);
        clock.advance(Duration.ofMinutes(11));
        Sealed result = commands.once(key, request, Sealed.class, () -> sealed(runs)).block(TIMEOUT);

        assertThat(result).isNotNull();
        assertThat(runs).hasValue(1);
        assertThat(stored(key).getString("status")).isEqualTo("DONE");
    }

    @Test
    void keysOlderThanTheRetentionAreDeletedAndTheCommandMayRunAgain() {
        IdempotencyKey old = freshKey("seal:batch-9", "officer-1");
        AtomicInteger runs = new AtomicInteger();
        Seal request = new Seal("b", 1L);
        commands.once(old, request, Sealed.class, () -> sealed(runs)).block(TIMEOUT);
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        IdempotencyKey recent = freshKey("seal:batch-10", "officer-1");
        commands.once(recent, request, Sealed.class, () -> sealed(runs)).block(TIMEOUT);

        assertThat(commands.deleteExpired().block(TIMEOUT)).isGreaterThanOrEqualTo(1L);

        assertThat(stored(old)).isNull();
        assertThat(stored(recent)).isNotNull();
        commands.once(old, request, Sealed.class, () -> sealed(runs)).block(TIMEOUT);
        assertThat(runs).hasValue(3);
    }

    private static Mono<Sealed> sealed(AtomicInteger runs) {
        return Mono.fromSupplier(() -> {
            runs.incrementAndGet();
            return new Sealed(List.of("p-1", "p-2"), Instant.parse("2026-09-01T08:00:00Z"));
        });
    }

    private static IdempotencyKey freshKey(String command, String principal) {
        return new IdempotencyKey(command, principal, UUID.randomUUID().toString());
    }

    private static Document stored(IdempotencyKey key) {
        return Mono.from(keys().find(Filters.eq("_id", MongoIdempotentCommands.idOf(key))).first()).block(TIMEOUT);
    }

    private static MongoCollection<Document> keys() {
        return client.getDatabase(DATABASE).getCollection(MongoIdempotentCommands.COLLECTION);
    }

    record Seal(String batchId, Long expectedVersion) {
    }

    record Sealed(List<String> payments, Instant at) {
    }
}
