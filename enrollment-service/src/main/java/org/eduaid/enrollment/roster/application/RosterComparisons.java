package org.eduaid.enrollment.roster.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.eduaid.contracts.identity.Role;
import org.eduaid.enrollment.dropout.application.SuspectedChildren;
import org.eduaid.enrollment.roster.config.RosterProperties;
import org.eduaid.enrollment.roster.domain.SchoolAgePolicy;
import org.eduaid.enrollment.student.application.StudentDirectory;
import org.eduaid.kit.audit.Audit;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.events.TraceContexts;
import org.eduaid.kit.regions.RegionDirectory;
import org.eduaid.kit.security.Access;
import org.eduaid.kit.web.ConflictException;
import org.eduaid.kit.web.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Compares a county's school-age roster with enrolments and reports the children who look out of
 * school (疑似失学辍学) to the case feature. The roster is streamed by id in batches, each batch one
 * directory call and one report. One run per county at a time across replicas: a run holds the
 * county's lease, renewed after each batch; a replica that dies lets the lease run out.
 */
@Service
public class RosterComparisons {

    private static final Logger log = LoggerFactory.getLogger(RosterComparisons.class);

    private final RosterRepository roster;
    private final ComparisonRuns runs;
    private final ComparisonBatch batches;
    private final SchoolAgePolicy policy;
    private final RosterProperties properties;
    private final RegionDirectory regions;
    private final TraceContexts traces;
    private final Clock clock;

    public RosterComparisons(RosterRepository roster, ComparisonRuns runs, StudentDirectory students, Absences absences,
            SuspectedChildren suspected, SchoolAgePolicy policy, RosterProperties properties, RegionDirectory regions,
            TraceContexts traces, Clock clock) {
        this.roster = roster;
        this.runs = runs;
        this.batches = new ComparisonBatch(students, absences, suspected,
                new ComparisonClassifier(properties.absenceThresholdDays()));
        this.policy = policy;
        this.properties = properties;
        this.regions = regions;
        this.traces = traces;
        this.clock = clock;
    }

    /** On demand: a county officer (or the admin) starts a run of their county; it goes on in the background. */
    public Mono<ComparisonRun> start(String countyCode) {
        return Access.permit("start roster comparisons", Role.COUNTY_OFFICER, Role.PLATFORM_ADMIN)
                .flatMap(caller -> {
                    if (!regions.isCounty(countyCode)) {
                        return Mono.error(InvalidRequestException.of("countyCode",
                                "is not a county in the national division list"));
                    }
                    return Access.withinScope(caller.canSeeRegion(countyCode), caller, "county " + countyCode);
                })
                .flatMap(caller -> Audit.action("roster.comparison.start").then(Audit.touched("county:" + countyCode))
                        .then(traces.current())
                        .flatMap(trace -> begin(countyCode, "ON_DEMAND", caller.subject()).switchIfEmpty(Mono.error(
                                () -> new ConflictException("a comparison of county " + countyCode + " is already running")))
                                .doOnNext(run -> carryOn(run, trace)
                                        .subscribeOn(Schedulers.boundedElastic())
                                        .subscribe(done -> { }, failure -> log.warn("Roster comparison {} failed", run.id(), failure)))));
    }

    /** A run, if the caller may see its county (officers and auditors in scope, the admin); else 404. */
    public Mono<ComparisonRun> find(String id) {
        return Access.permit("read roster comparisons", Role.COUNTY_OFFICER, Role.CITY_OFFICER, Role.PROVINCE_OFFICER,
                        Role.AUDITOR, Role.PLATFORM_ADMIN)
                .then(Access.ifVisible(runs.find(id), (caller, run) -> caller.canSeeRegion(run.countyCode()),
                        "roster comparison " + id));
    }

    /** Every county with children on the roster, one after the other; counties another replica is comparing are skipped. */
    public Mono<Long> compareEveryCounty() {
        TraceContext trace = TraceContext.fresh();
        return roster.countiesOnRoster()
                .concatMap(county -> begin(county, "SCHEDULED", "scheduler")
                        .flatMap(run -> carryOn(run, trace))
                        .onErrorResume(failure -> {
                            log.warn("Scheduled roster comparison of county {} failed", county, failure);
                            return Mono.empty();
                        }))
                .count();
    }

    /** Takes the county's lease and records the run as RUNNING; empty when another run holds the county. */
    Mono<ComparisonRun> begin(String countyCode, String trigger, String requestedBy) {
        String id = UUID.randomUUID().toString();
        LocalDate today = LocalDate.now(clock.withZone(RegistryRecordApplier.CHINA));
        ComparisonRun run = new ComparisonRun(id, countyCode, ComparisonRun.Status.RUNNING, trigger, requestedBy,
                policy.referenceDate(today), clock.instant(), null, ComparisonCounts.none(), null);
        return runs.acquire(countyCode, id, properties.comparisonLease(), clock.instant())
                .filter(Boolean::booleanValue)
                .flatMap(acquired -> runs.save(run).thenReturn(run));
    }

    /** Streams the county's school-age children in batches and stores the outcome; releases the lease. */
    Mono<ComparisonRun> carryOn(ComparisonRun run, TraceContext trace) {
        LocalDate reference = run.referenceDate();
        LocalDate today = LocalDate.now(clock.withZone(RegistryRecordApplier.CHINA));
        ComparisonCounts[] found = { ComparisonCounts.none() };
        Flux<ComparisonCounts> perBatch = roster.onRoster(run.countyCode(), policy.earliestBirthDate(reference),
                        policy.latestBirthDate(reference))
                .buffer(properties.comparisonBatchSize())
                .concatMap(batch -> batches.compare(batch, reference.plusDays(1), today, trace)
                        .flatMap(counts -> runs.renew(run.countyCode(), run.id(), properties.comparisonLease(),
                                        clock.instant())
                                .flatMap(held -> held ? Mono.just(counts) : Mono.error(new IllegalStateException(
                                        "another replica took over the comparison of county " + run.countyCode())))));
        return perBatch
                .doOnNext(counts -> found[0] = found[0].plus(counts))
                .then(Mono.fromSupplier(() -> run.completed(found[0], clock.instant())))
                .onErrorResume(failure -> Mono.just(run.failed(found[0], String.valueOf(failure.getMessage()),
                        clock.instant())))
                .flatMap(finished -> runs.save(finished).thenReturn(finished))
                .flatMap(finished -> runs.release(run.countyCode(), run.id()).thenReturn(finished));
    }
}
