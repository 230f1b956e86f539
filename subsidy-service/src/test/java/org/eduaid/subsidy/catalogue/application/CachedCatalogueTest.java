package org.eduaid.subsidy.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.subsidy.catalogue.domain.AidProgramme;
import org.eduaid.subsidy.catalogue.domain.Programme;
import org.eduaid.testkit.AdjustableClock;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** The cached catalogue: fresh after a local change, at most the refresh period behind another replica's. */
class CachedCatalogueTest {

    private static final Instant AT = Instant.parse("2026-06-01T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 15);

    private final StoreOfOtherReplicas store = new StoreOfOtherReplicas();
    private final AdjustableClock clock = AdjustableClock.at(AT);
    private final CachedCatalogue catalogue = new CachedCatalogue(store, clock, Duration.ofSeconds(30));

    @Test
    void anotherReplicasChangeIsSeenOnceTheRefreshPeriodHasPassed() {
        store.put(DefaultCatalogue.programmes().get(0));
        assertThat(catalogue.inForceOn(TODAY).block()).hasSize(1);

        store.put(DefaultCatalogue.programmes().get(1));
        clock.advance(Duration.ofSeconds(29));
        assertThat(catalogue.inForceOn(TODAY).block()).hasSize(1);
        clock.advance(Duration.ofSeconds(2));
        assertThat(catalogue.inForceOn(TODAY).block()).hasSize(2);
        assertThat(store.reads).hasValue(2);
    }

    @Test
    void aRefreshReadsTheStoreAtOnce() {
        assertThat(catalogue.find(DefaultCatalogue.NUTRITION_IMPROVEMENT).blockOptional()).isEmpty();
        store.put(DefaultCatalogue.programmes().get(3));

        catalogue.refresh().block();

        assertThat(catalogue.find(DefaultCatalogue.NUTRITION_IMPROVEMENT).blockOptional()).isPresent();
    }

    @Test
    void onlyProgrammesInForceOnTheDateAreListedByCode() {
        DefaultCatalogue.programmes().forEach(store::put);
        Programme ended = DefaultCatalogue.programmes().get(0);
        store.put(new Programme("AAA_ENDED", ended.name(), ended.kind(), ended.stages(), ended.rules(), ended.standards(),
                ended.shares(), null, LocalDate.of(2020, 8, 31)));

        List<Programme> inForce = catalogue.inForceOn(TODAY).block();

        assertThat(inForce).hasSize(10).extracting(Programme::code).isSorted().doesNotContain("AAA_ENDED");
        assertThat(catalogue.inForceOn(LocalDate.of(2020, 8, 31)).block()).extracting(Programme::code).contains("AAA_ENDED");
    }

    @Test
    void readersOfAnExpiredCopyShareOneReload() {
        store.put(DefaultCatalogue.programmes().get(0));
        Sinks.One<Void> gate = Sinks.one();
        store.gate = gate.asMono();

        List<Mono<List<Programme>>> readers = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> catalogue.inForceOn(TODAY).cache()).toList();
        readers.forEach(reader -> reader.subscribe());
        gate.tryEmitEmpty();

        assertThat(readers).allSatisfy(reader -> assertThat(reader.block()).hasSize(1));
        assertThat(store.reads).hasValue(1);
    }

    @Test
    void aFailedReloadIsTriedAgainByTheNextReader() {
        store.put(DefaultCatalogue.programmes().get(0));
        store.failNext = true;

        assertThat(catalogue.inForceOn(TODAY).onErrorReturn(List.of()).block()).isEmpty();
        assertThat(catalogue.inForceOn(TODAY).block()).hasSize(1);
    }

    /** The programmes as the store holds them, whoever wrote them. */
    private static final class StoreOfOtherReplicas implements AidProgrammeRepository {

        final Map<String, Programme> programmes = new ConcurrentHashMap<>();
        final AtomicInteger reads = new AtomicInteger();
        volatile Mono<Void> gate = Mono.empty();
        volatile boolean failNext;

        void put(Programme programme) {
            programmes.put(programme.code(), programme);
        }

        @Override
        public Flux<VersionedProgramme> all() {
            return Flux.defer(() -> {
                reads.incrementAndGet();
                if (failNext) {
                    failNext = false;
                    return Flux.error(new IllegalStateException("store unavailable"));
                }
                List<VersionedProgramme> now = programmes.values().stream()
                        .map(p -> new VersionedProgramme(new AidProgramme(p, AT), 1)).toList();
                return gate.thenMany(Flux.fromIterable(now));
            });
        }

        @Override
        public Mono<Long> add(ResultWithEvents<AidProgramme> defined, TraceContext trace) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Mono<List<String>> addAbsent(List<ResultWithEvents<AidProgramme>> defined, TraceContext trace) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Mono<VersionedProgramme> find(String code) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Mono<Long> update(ResultWithEvents<AidProgramme> changed, long expectedVersion, TraceContext trace) {
            throw new UnsupportedOperationException();
        }
    }
}
