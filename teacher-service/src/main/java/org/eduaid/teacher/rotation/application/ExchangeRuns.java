package org.eduaid.teacher.rotation.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.eduaid.contracts.identity.Role;
import org.eduaid.kit.audit.Audit;
import org.eduaid.kit.events.TraceContexts;
import org.eduaid.kit.security.Access;
import org.eduaid.kit.web.ConflictException;
import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.teacher.rotation.application.RotationRepository.Versioned;
import org.eduaid.teacher.rotation.domain.TeacherExchange;
import org.eduaid.teacher.teacher.application.TeacherPostings;
import org.eduaid.teacher.teacher.domain.PostingReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Starts exchanges on their first day and ends them after their last: the teacher's posting moves
 * first, then the exchange's state, so a run cut short between the two is simply run again (the move
 * is idempotent per exchange).
 */
@Service
public class ExchangeRuns {

    private static final Logger log = LoggerFactory.getLogger(ExchangeRuns.class);

    private final RotationRepository rotation;
    private final TeacherPostings postings;
    private final TraceContexts traces;
    private final Clock clock;

    public ExchangeRuns(RotationRepository rotation, TeacherPostings postings, TraceContexts traces, Clock clock) {
        this.rotation = rotation;
        this.postings = postings;
        this.traces = traces;
        this.clock = clock;
    }

    public record RunResult(LocalDate on, int started, int ended, int failed) {
    }

    /** For operators (and tests) to run a day's moves now. */
    public Mono<RunResult> runOn(LocalDate on) {
        return Access.permit("run exchanges", Role.PLATFORM_ADMIN)
                .then(Audit.action("rotation.exchange-run"))
                .then(run(on));
    }

    @Scheduled(cron = "${eduaid.exchanges.run-cron:0 30 1 * * *}", zone = "${eduaid.exchanges.time-zone:Asia/Shanghai}")
    void daily() {
        run(LocalDate.now(clock)).subscribe(result -> log.info("Exchange run for {}: {} started, {} ended, {} failed",
                result.on(), result.started(), result.ended(), result.failed()),
                failure -> log.error("Exchange run failed", failure));
    }

    Mono<RunResult> run(LocalDate on) {
        Map<String, Integer> counts = new TreeMap<>();
        return traces.current().flatMap(trace -> rotation.unfinishedExchanges()
                .concatMap(found -> step(found, on, trace)
                        .doOnNext(outcome -> counts.merge(outcome, 1, Integer::sum))
                        .onErrorResume(failure -> {
                            log.warn("Exchange {} could not move on: {}", found.value().id(), failure.getMessage());
                            counts.merge("failed", 1, Integer::sum);
                            return Mono.empty();
                        }))
                .then(Mono.fromSupplier(() -> new RunResult(on, counts.getOrDefault("started", 0),
                        counts.getOrDefault("ended", 0), counts.getOrDefault("failed", 0)))));
    }

    private Mono<String> step(Versioned<TeacherExchange> found, LocalDate on, org.eduaid.kit.events.TraceContext trace) {
        TeacherExchange exchange = found.value();
        if (exchange.dueToStart(on)) {
            return postings.move(exchange.teacherId(), exchange.toSchoolCode(), exchange.startsOn(),
                            PostingReason.EXCHANGE_STARTED, exchange.id())
                    .then(rotation.updateExchange(exchange.started(clock.instant()), found.version(), trace))
                    .thenReturn("started");
        }
        if (exchange.dueToEnd(on)) {
            return postings.move(exchange.teacherId(), exchange.fromSchoolCode(), exchange.endsOn().plusDays(1),
                            PostingReason.EXCHANGE_ENDED, exchange.id())
                    .then(rotation.updateExchange(exchange.ended(clock.instant()), found.version(), trace))
                    .thenReturn("ended");
        }
        return Mono.empty();
    }

    /**
     * Calls an exchange off: one not yet started is cancelled; one under way ends early, the teacher
     * going home on {@code homeFrom} (their posting moves first, as in the nightly run).
     */
    public Mono<TeacherExchange> cancel(String exchangeId, LocalDate homeFrom, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            return Mono.error(InvalidRequestException.of("reason", "is required, at most 500 characters"));
        }
        return Access.permit("cancel exchanges", Role.COUNTY_OFFICER, Role.PLATFORM_ADMIN)
                .then(Access.ifVisible(rotation.findExchange(exchangeId),
                        (caller, found) -> caller.canSeeRegion(found.value().countyCode()), "exchange " + exchangeId))
                .flatMap(found -> Audit.action("rotation.exchange-cancel").then(Audit.touched("exchange:" + exchangeId))
                        .then(traces.current()).flatMap(trace -> {
                            TeacherExchange exchange = found.value();
                            if (exchange.state() == TeacherExchange.State.APPROVED) {
                                var cancelled = exchange.cancelled(reason.strip(), clock.instant());
                                return rotation.updateExchange(cancelled, found.version(), trace).thenReturn(cancelled.aggregate());
                            }
                            if (exchange.state() != TeacherExchange.State.STARTED) {
                                return Mono.error(new ConflictException("The exchange is " + exchange.state() + " already."));
                            }
                            if (homeFrom == null) {
                                return Mono.error(InvalidRequestException.of("homeFrom", "names the day the teacher is back home"));
                            }
                            return Mono.fromCallable(() -> exchange.endedEarly(homeFrom, clock.instant()))
                                    .onErrorMap(IllegalArgumentException.class,
                                            e -> InvalidRequestException.of("homeFrom", e.getMessage()))
                                    .flatMap(ended -> postings.move(exchange.teacherId(), exchange.fromSchoolCode(), homeFrom,
                                                    PostingReason.EXCHANGE_ENDED, exchange.id())
                                            .then(rotation.updateExchange(ended, found.version(), trace))
                                            .thenReturn(ended.aggregate()));
                        }));
    }

    /** Exchanges of a region's plans for a school year, and how many go each way. */
    public record Summary(String regionCode, String schoolYear, int exchanges, int principals, Map<String, Integer> byDirection,
            Map<String, Integer> principalsByDirection) {
    }

    public Mono<Summary> summary(String regionCode, String schoolYear) {
        return Access.permit("read rotation figures", Role.COUNTY_OFFICER, Role.CITY_OFFICER, Role.PROVINCE_OFFICER,
                        Role.AUDITOR, Role.PLATFORM_ADMIN)
                .flatMap(caller -> Access.withinScope(caller.canSeeRegion(regionCode), caller, "region " + regionCode))
                .flatMap(caller -> exchanges(regionCode, schoolYear)
                        .filter(exchange -> exchange.state() != TeacherExchange.State.CANCELLED)
                        .reduce(new Summary(regionCode, schoolYear, 0, 0, new TreeMap<>(), new TreeMap<>()), (summary, e) -> {
                            summary.byDirection().merge(e.direction().name(), 1, Integer::sum);
                            if (e.principal()) {
                                summary.principalsByDirection().merge(e.direction().name(), 1, Integer::sum);
                            }
                            return new Summary(regionCode, schoolYear, summary.exchanges() + 1,
                                    summary.principals() + (e.principal() ? 1 : 0), summary.byDirection(),
                                    summary.principalsByDirection());
                        }));
    }

    public Flux<TeacherExchange> exchanges(String regionCode, String schoolYear) {
        return rotation.exchangesOf(regionCode, schoolYear);
    }
}
