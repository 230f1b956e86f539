package org.eduaid.enrollment.dropout.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eduaid.enrollment.dropout.domain.Actor;
import org.eduaid.enrollment.dropout.domain.CaseId;
import org.eduaid.enrollment.dropout.domain.CaseReason;
import org.eduaid.enrollment.dropout.domain.DropoutCase;
import org.eduaid.enrollment.dropout.domain.Stamp;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.enrollment.student.application.StudentDirectory;
import org.eduaid.enrollment.student.application.StudentStatus;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.regions.Region;
import org.eduaid.kit.regions.RegionDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Opens cases for the suspected children the roster comparison and absence reports find, in bulk
 * (a few round trips per chunk). A child with an open case gets no second one, so a comparison
 * run twice, or on two replicas at once, opens each case once. The caller has checked access.
 */
@Service
public class SuspectedChildrenIntake implements SuspectedChildren {

    static final int CHUNK = 500;
    private static final Logger log = LoggerFactory.getLogger(SuspectedChildrenIntake.class);
    private static final Set<String> FOUND_REASONS = Set.of(CaseReason.NO_ENROLMENT.name(), CaseReason.WITHDREW.name(),
            CaseReason.PROLONGED_ABSENCE.name(), CaseReason.REPORTED.name());

    private final DropoutCaseRepository cases;
    private final StudentDirectory students;
    private final RegionDirectory regions;
    private final CaseCalendar calendar;

    public SuspectedChildrenIntake(DropoutCaseRepository cases, StudentDirectory students, RegionDirectory regions,
            CaseCalendar calendar) {
        this.cases = cases;
        this.students = students;
        this.regions = regions;
        this.calendar = calendar;
    }

    @Override
    public Mono<Integer> report(List<SuspectedChild> children, TraceContext trace) {
        Map<PersonId, SuspectedChild> byChild = new LinkedHashMap<>();
        for (SuspectedChild child : children) {
            if (acceptable(child)) {
                byChild.putIfAbsent(child.child(), child);
            } else {
                log.warn("Skipped a suspected child with an unknown county or reason");
            }
        }
        List<SuspectedChild> distinct = new ArrayList<>(byChild.values());
        return Flux.fromIterable(chunks(distinct))
                .concatMap(chunk -> openChunk(chunk, trace))
                .reduce(0, Integer::sum);
    }

    private Mono<Integer> openChunk(List<SuspectedChild> chunk, TraceContext trace) {
        List<PersonId> ids = chunk.stream().map(SuspectedChild::child).toList();
        return cases.withOpenCase(ids)
                .zipWith(students.statusOf(ids))
                .flatMap(both -> {
                    Stamp stamp = new Stamp(Actor.system("roster-comparison"), calendar.clock().instant(),
                            calendar.today());
                    List<ResultWithEvents<DropoutCase>> opened = chunk.stream()
                            .filter(child -> !both.getT1().contains(child.child()))
                            .map(child -> open(child, Optional.ofNullable(both.getT2().get(child.child())), stamp))
                            .toList();
                    return cases.addAll(opened, trace);
                });
    }

    private ResultWithEvents<DropoutCase> open(SuspectedChild child, Optional<StudentStatus> status, Stamp stamp) {
        String city = regions.find(child.countyCode()).map(Region::parentCode).orElseThrow();
        return DropoutCase.open(CaseId.fresh(), child.child(), child.countyCode(), city,
                CaseReason.valueOf(child.reason()), child.detail(),
                status.map(s -> DropoutCaseWorkflow.groupsOf(s, child.countyCode())).orElse(Set.of()), stamp);
    }

    private boolean acceptable(SuspectedChild child) {
        return child != null && child.child() != null && regions.isCounty(child.countyCode())
                && FOUND_REASONS.contains(child.reason())
                && (child.detail() == null || child.detail().length() <= 500);
    }

    private static List<List<SuspectedChild>> chunks(List<SuspectedChild> all) {
        List<List<SuspectedChild>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
