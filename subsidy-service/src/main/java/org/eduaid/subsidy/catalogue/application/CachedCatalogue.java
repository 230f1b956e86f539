package org.eduaid.subsidy.catalogue.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.eduaid.subsidy.catalogue.domain.Programme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * The catalogue other features read, once per event, so from memory: reloaded from the store right
 * after a change made in this replica, and otherwise when the copy is older than
 * {@code eduaid.subsidy.catalogue.refresh}, so that changes made in another replica arrive that late
 * at most. Concurrent readers of an expired copy share one reload.
 */
@Service
public class CachedCatalogue implements Catalogue {

    private final AidProgrammeRepository repository;
    private final Clock clock;
    private final Duration refresh;
    private final AtomicLong generations = new AtomicLong();
    private final AtomicReference<Snapshot> current = new AtomicReference<>(Snapshot.NONE);
    private final AtomicReference<Mono<Snapshot>> loading = new AtomicReference<>();

    public CachedCatalogue(AidProgrammeRepository repository, Clock clock,
            @Value("${eduaid.subsidy.catalogue.refresh:30s}") Duration refresh) {
        this.repository = repository;
        this.clock = clock;
        this.refresh = refresh;
    }

    @Override
    public Mono<List<Programme>> inForceOn(LocalDate date) {
        return snapshot().map(snapshot -> snapshot.inForceOn(date));
    }

    @Override
    public Mono<Programme> find(String programmeCode) {
        return snapshot().flatMap(snapshot -> Mono.justOrEmpty(snapshot.byCode().get(programmeCode)));
    }

    /** Reads the store now: after a change, so this replica's next decision sees it. */
    public Mono<Void> refresh() {
        return read().then();
    }

    private Mono<Snapshot> snapshot() {
        Snapshot snapshot = current.get();
        if (snapshot.loadedAt() != null && snapshot.loadedAt().plus(refresh).isAfter(clock.instant())) {
            return Mono.just(snapshot);
        }
        Mono<Snapshot> inFlight = loading.get();
        if (inFlight != null) {
            return inFlight;
        }
        AtomicReference<Mono<Snapshot>> self = new AtomicReference<>();
        Mono<Snapshot> reload = read().doFinally(signal -> loading.compareAndSet(self.get(), null)).cache();
        self.set(reload);
        if (loading.compareAndSet(null, reload)) {
            return reload;
        }
        Mono<Snapshot> other = loading.get();
        return other != null ? other : reload;
    }

    /** Loads every programme; a load that started earlier never replaces the copy of a later one. */
    private Mono<Snapshot> read() {
        return Mono.defer(() -> {
            long generation = generations.incrementAndGet();
            Instant startedAt = clock.instant();
            return repository.all()
                    .map(versioned -> versioned.aidProgramme().programme())
                    .collectList()
                    .map(programmes -> current.accumulateAndGet(Snapshot.of(generation, startedAt, programmes),
                            (old, loaded) -> loaded.generation() > old.generation() ? loaded : old));
        });
    }

    private record Snapshot(long generation, Instant loadedAt, Map<String, Programme> byCode) {

        static final Snapshot NONE = new Snapshot(0, null, Map.of());

        static Snapshot of(long generation, Instant loadedAt, List<Programme> programmes) {
            Map<String, Programme> byCode = new LinkedHashMap<>();
            programmes.stream().sorted(Comparator.comparing(Programme::code))
                    .forEach(programme -> byCode.put(programme.code(), programme));
            return new Snapshot(generation, loadedAt, Map.copyOf(byCode));
        }

        List<Programme> inForceOn(LocalDate date) {
            return byCode.values().stream().filter(programme -> programme.inForceOn(date))
                    .sorted(Comparator.comparing(Programme::code)).toList();
        }
    }
}
