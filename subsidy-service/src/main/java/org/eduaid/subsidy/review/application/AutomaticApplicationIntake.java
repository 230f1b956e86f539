package org.eduaid.subsidy.review.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.events.TraceContexts;
import org.eduaid.subsidy.review.domain.AidApplication;
import org.eduaid.subsidy.review.domain.ApplicationId;
import org.eduaid.subsidy.review.domain.ApplicationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Eligibility's way onto the county's list. Works in chunks: one read by id for the chunk, one bulk
 * insert of the new applications, and versioned writes only for the few that change (a student who
 * moved county, or became eligible again after a withdrawal). Applications that stand as they are cost
 * nothing but the read, so calling it again for the same students is cheap and changes nothing.
 */
@Service
public class AutomaticApplicationIntake implements AutomaticApplications {

    static final int CHUNK = 1_000;
    private static final Logger log = LoggerFactory.getLogger(AutomaticApplicationIntake.class);

    private final ApplicationRepository applications;
    private final ApplicationChanges changes;
    private final TraceContexts traces;
    private final Clock clock;

    public AutomaticApplicationIntake(ApplicationRepository applications, ApplicationChanges changes,
            TraceContexts traces, Clock clock) {
        this.applications = applications;
        this.changes = changes;
        this.traces = traces;
        this.clock = clock;
    }

    @Override
    public Mono<Void> putForward(List<EligibleAid> eligible) {
        List<EligibleAid> usable = eligible.stream().filter(AutomaticApplicationIntake::usable).toList();
        if (usable.size() < eligible.size()) {
            // one broken entry must not hold up everybody else's aid; the count only, no ids, in the log
            log.warn("{} of {} eligible students put forward without a valid student id, programme, county or year "
                    + "were left out", eligible.size() - usable.size(), eligible.size());
        }
        Map<String, EligibleAid> byId = byApplicationId(usable);
        return traces.current().flatMapMany(trace -> Flux.fromIterable(chunks(List.copyOf(byId.values())))
                        .concatMap(chunk -> putForwardChunk(chunk, trace)))
                .then();
    }

    @Override
    public Mono<Void> withdraw(List<EligibleAid> noLongerEligible, String reason) {
        if (!AidApplication.WITHDRAWAL_REASONS.contains(reason)) {
            return Mono.error(new IllegalArgumentException("a withdrawal reason is one of " + AidApplication.WITHDRAWAL_REASONS));
        }
        Map<String, EligibleAid> byId = byApplicationId(noLongerEligible);
        return traces.current().flatMapMany(trace -> Flux.fromIterable(chunks(List.copyOf(byId.keySet())))
                        .concatMap(ids -> applications.findAll(ids).flatMapMany(found -> changes.applyAll(found.values(),
                                a -> a.state().open() ? Optional.of(a.withdraw(reason, clock.instant()))
                                        : Optional.empty(),
                                trace))))
                .then();
    }

    private Mono<Void> putForwardChunk(List<EligibleAid> chunk, TraceContext trace) {
        Map<String, EligibleAid> byId = byApplicationId(chunk);
        return applications.findAll(byId.keySet()).flatMap(existing -> {
            List<ResultWithEvents<AidApplication>> fresh = new ArrayList<>();
            byId.forEach((id, aid) -> {
                if (!existing.containsKey(id)) {
                    fresh.add(AidApplication.putForward(aid.studentId(), aid.programmeCode(), aid.schoolYear(),
                            aid.countyCode(), aid.schoolCode(), aid.ruleCode(), aid.decidedAt(), clock.instant()));
                }
            });
            Mono<Void> known = changes.applyAll(existing.values(), stillStanding(byId), trace).then();
            // an id taken since the read (another replica, a school's application) is handled as a known one
            Mono<Void> added = applications.addAll(fresh, trace)
                    .flatMap(taken -> taken.isEmpty() ? Mono.<Void>empty()
                            : applications.findAll(taken)
                                    .flatMap(found -> changes.applyAll(found.values(), stillStanding(byId), trace).then()));
            return known.then(added);
        });
    }

    /** What putting a student forward again does to an application that exists. */
    private Function<AidApplication, Optional<ResultWithEvents<AidApplication>>> stillStanding(
            Map<String, EligibleAid> byId) {
        return a -> {
            EligibleAid aid = byId.get(a.id());
            if (a.state() == ApplicationState.WITHDRAWN) {
                return Optional.of(a.putForwardAgain(aid.countyCode(), aid.schoolCode(), aid.ruleCode(),
                        aid.decidedAt(), clock.instant()));
            }
            if (a.isElsewhere(aid.countyCode(), aid.schoolCode())) {
                return Optional.of(a.follow(aid.countyCode(), aid.schoolCode(), clock.instant()));
            }
            return Optional.empty();
        };
    }

    private static boolean usable(EligibleAid aid) {
        return aid != null && ApplicationId.isStudentId(aid.studentId()) && aid.schoolYear() != null
                && aid.programmeCode() != null && aid.programmeCode().matches("[A-Z0-9_-]{2,40}")
                && aid.countyCode() != null && aid.countyCode().matches("\\d{6}");
    }

    private static Map<String, EligibleAid> byApplicationId(List<EligibleAid> aids) {
        Map<String, EligibleAid> byId = new LinkedHashMap<>();
        for (EligibleAid aid : aids) {
            byId.put(ApplicationId.of(aid.studentId(), aid.programmeCode(), aid.schoolYear()), aid);
        }
        return byId;
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
