package org.eduaid.teacher.honour.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eduaid.contracts.identity.Role;
import org.eduaid.kit.audit.Audit;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContexts;
import org.eduaid.kit.security.Access;
import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.teacher.honour.domain.RuralTeachingHonour;
import org.eduaid.teacher.teacher.application.TeacherRegistry;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * Finds the teachers who have reached 20 or 30 years in rural schools, nobody having to apply: a
 * run reads the registry once and awards every certificate not awarded before, so running it again,
 * or for an overlapping region, awards nothing twice.
 */
@Service
public class HonourRuns {

    private static final int CHUNK = 1_000;

    private final TeacherRegistry teachers;
    private final HonourRepository honours;
    private final TraceContexts traces;
    private final Clock clock;

    public HonourRuns(TeacherRegistry teachers, HonourRepository honours,
            TraceContexts traces, Clock clock) {
        this.teachers = teachers;
        this.honours = honours;
        this.traces = traces;
        this.clock = clock;
    }

    public record RunResult(String regionCode, int year, long teachersRead, int awarded, int awardedBefore,
            Map<Integer, Integer> awardedByMilestone) {
    }

    public Mono<RunResult> run(String regionCode, int year) {
        if (regionCode == null || !regionCode.matches("\\d{2}|\\d{4}|\\d{6}")) {
            return Mono.error(InvalidRequestException.of("regionCode", "is a province (2), city (4) or county (6) code"));
        }
        LocalDate today = LocalDate.now(clock);
        if (year < 1990 || year > today.getYear()) {
            return Mono.error(InvalidRequestException.of("year", "must be a year up to this one"));
        }
        return Access.permit("award rural teaching honours", Role.COUNTY_OFFICER, Role.CITY_OFFICER,
                        Role.PROVINCE_OFFICER, Role.PLATFORM_ADMIN)
                .flatMap(caller -> Access.withinScope(caller.canSeeRegion(regionCode), caller, "region " + regionCode))
                .flatMap(caller -> Audit.action("honour.run").then(traces.current()))
                .flatMap(trace -> {
                    long[] read = {0};
                    int[] counts = {0, 0};
                    Map<Integer, Integer> byMilestone = new TreeMap<>();
                    LocalDate yearStart = LocalDate.of(year, 1, 1);
                    return teachers.servedIn(regionCode, yearStart, LocalDate.of(year, 12, 31))
                            .doOnNext(teacher -> read[0]++)
                            .flatMapIterable(teacher -> RuralTeachingHonour.earnedBy(teacher.teacherId(), teacher.service(),
                                    year, today, clock.instant()).stream()
                                    .filter(earned -> earned.aggregate().countyCode().startsWith(regionCode))
                                    .toList())
                            .buffer(CHUNK)
                            .concatMap(earned -> honours.awardAll(earned, trace).doOnNext(before -> {
                                Set<String> awardedBefore = new HashSet<>(before);
                                for (ResultWithEvents<RuralTeachingHonour> honour : earned) {
                                    if (awardedBefore.contains(honour.aggregate().id())) {
                                        counts[1]++;
                                    } else {
                                        counts[0]++;
                                        byMilestone.merge(honour.aggregate().years(), 1, Integer::sum);
                                    }
                                }
                            }))
                            .then(Mono.fromSupplier(() -> new RunResult(regionCode, year, read[0], counts[0], counts[1],
                                    Map.copyOf(byMilestone))));
                });
    }

    public Mono<List<RuralTeachingHonour>> awarded(String regionCode, int year) {
        return Access.permit("read rural teaching honours", Role.SCHOOL_CLERK, Role.COUNTY_OFFICER, Role.CITY_OFFICER,
                        Role.PROVINCE_OFFICER, Role.AUDITOR, Role.PLATFORM_ADMIN)
                .flatMap(caller -> honours.awardedIn(regionCode == null ? "" : regionCode, year)
                        .filter(honour -> caller.canSeeSchool(honour.schoolCode(), honour.countyCode()))
                        .collectList());
    }
}
