package org.eduaid.teacher.rotation.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eduaid.contracts.identity.Role;
import org.eduaid.kit.audit.Audit;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContexts;
import org.eduaid.kit.outbox.StaleAggregateException;
import org.eduaid.kit.regions.RegionDirectory;
import org.eduaid.kit.security.Access;
import org.eduaid.kit.web.ConflictException;
import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.teacher.rotation.application.RotationRepository.Versioned;
import org.eduaid.teacher.rotation.domain.Candidate;
import org.eduaid.teacher.rotation.domain.PlanProposal;
import org.eduaid.teacher.rotation.domain.PlanRuleException;
import org.eduaid.teacher.rotation.domain.PlannedExchange;
import org.eduaid.teacher.rotation.domain.RotationPlan;
import org.eduaid.teacher.rotation.domain.RotationPlanner;
import org.eduaid.teacher.rotation.domain.RotationRules;
import org.eduaid.teacher.rotation.domain.SchoolSlot;
import org.eduaid.teacher.rotation.domain.TeacherExchange;
import org.eduaid.teacher.school.application.PostingSchool;
import org.eduaid.teacher.school.application.PostingSchools;
import org.eduaid.teacher.staffing.application.SchoolStaffing;
import org.eduaid.teacher.staffing.application.Staffing;
import org.eduaid.teacher.teacher.application.TeacherRegistry;
import org.eduaid.teacher.teacher.application.TeacherView;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * A county's rotation plan for a school year: proposed by the planner from the registry and the
 * county's staffing, edited by the officer (every edit checked against the rules), approved once,
 * which creates the exchanges.
 */
@Service
public class RotationPlans {

    private static final Role[] PLANNERS = {Role.COUNTY_OFFICER, Role.PLATFORM_ADMIN};
    private static final Role[] READERS = {Role.COUNTY_OFFICER, Role.CITY_OFFICER, Role.PROVINCE_OFFICER, Role.AUDITOR,
            Role.PLATFORM_ADMIN};

    private final RotationRepository rotation;
    private final TeacherRegistry teachers;
    private final PostingSchools schools;
    private final Staffing staffing;
    private final RegionDirectory regions;
    private final TraceContexts traces;
    private final Clock clock;

    public RotationPlans(RotationRepository rotation, TeacherRegistry teachers, PostingSchools schools, Staffing staffing,
            RegionDirectory regions, TraceContexts traces, Clock clock) {
        this.rotation = rotation;
        this.teachers = teachers;
        this.schools = schools;
        this.staffing = staffing;
        this.regions = regions;
        this.traces = traces;
        this.clock = clock;
    }

    /** What the planner works from: the county's teachers and schools on the plan's first day. */
    private record County(List<Candidate> teachers, List<SchoolSlot> schools, Map<String, PostingSchool> byCode) {
    }

    /** One line of an officer's edit: who goes where. */
    public record PlanLine(String teacherId, String toSchoolCode) {
    }

    public Mono<Versioned<RotationPlan>> propose(String countyCode, String schoolYear) {
        return planning(countyCode, schoolYear).flatMap(rules -> county(countyCode, schoolYear).flatMap(county -> {
            PlanProposal proposal = new RotationPlanner(rules).propose(county.teachers(), county.schools());
            RotationPlan draft = RotationPlan.draft(countyCode, schoolYear, proposal);
            return Audit.action("rotation.propose").then(Audit.touched("plan:" + draft.id())).then(traces.current())
                    .flatMap(trace -> rotation.findPlan(draft.id())
                            .flatMap(existing -> {
                                if (existing.value().state() != RotationPlan.State.DRAFT) {
                                    return Mono.<Versioned<RotationPlan>>error(new ConflictException(
                                            "The plan " + draft.id() + " is approved already."));
                                }
                                return rotation.updatePlan(ResultWithEvents.of(draft), existing.version(), trace)
                                        .map(version -> new Versioned<>(draft, version));
                            })
                            .switchIfEmpty(Mono.defer(() -> rotation.addPlan(draft, trace)
                                    .map(version -> new Versioned<>(draft, version)))));
        }));
    }

    /** The officer's version of the plan, checked against the rules; a broken rule is shown, not refused. */
    public Mono<Versioned<RotationPlan>> edit(String planId, List<PlanLine> lines, long expectedVersion) {
        if (lines == null || lines.size() > 5_000) {
            return Mono.error(InvalidRequestException.of("exchanges", "must list at most 5,000 exchanges"));
        }
        return plan(planId, PLANNERS).flatMap(found -> planning(found.value().countyCode(), found.value().schoolYear())
                .flatMap(rules -> county(found.value().countyCode(), found.value().schoolYear()).flatMap(county -> {
                    Map<String, Candidate> byId = county.teachers().stream()
                            .collect(Collectors.toMap(Candidate::teacherId, Function.identity()));
                    List<PlannedExchange> exchanges = new ArrayList<>();
                    for (PlanLine line : lines) {
                        Candidate teacher = byId.get(line.teacherId());
                        PostingSchool to = county.byCode().get(line.toSchoolCode());
                        exchanges.add(new PlannedExchange(line.teacherId(), teacher != null && teacher.principal(),
                                teacher != null && teacher.backbone(), teacher == null ? null : teacher.schoolCode(),
                                teacher != null && teacher.rural(), line.toSchoolCode(), to != null && to.rural()));
                    }
                    PlanProposal checked = new RotationPlanner(rules).check(exchanges, county.teachers(), county.schools());
                    RotationPlan edited = found.value().edited(checked);
                    return Audit.action("rotation.edit").then(Audit.touched("plan:" + planId)).then(traces.current())
                            .flatMap(trace -> rotation.updatePlan(ResultWithEvents.of(edited), expectedVersion, trace))
                            .map(version -> new Versioned<>(edited, version));
                })))
                .onErrorMap(PlanRuleException.class, e -> new ConflictException(e.getMessage()));
    }

    /**
     * Approves the plan and creates its exchanges. The exchanges are stored first (their ids follow from
     * the plan and the teacher), so an approval interrupted between the two writes is simply repeated.
     */
    public Mono<Versioned<RotationPlan>> approve(String planId, long expectedVersion, String override) {
        return plan(planId, PLANNERS).flatMap(found -> planning(found.value().countyCode(), found.value().schoolYear())
                .flatMap(rules -> {
                    if (found.version() != expectedVersion) {
                        return Mono.error(new StaleAggregateException("rotation_plans", planId, expectedVersion));
                    }
                    ResultWithEvents<RotationPlan> approved = found.value().approve(override, clock.instant());
                    LocalDate startsOn = RotationPlan.firstDayOf(found.value().schoolYear());
                    LocalDate endsOn = startsOn.plusYears(rules.exchangeYears()).minusDays(1);
                    List<ResultWithEvents<TeacherExchange>> exchanges = found.value().proposal().exchanges().stream()
                            .map(planned -> TeacherExchange.approve(planId, found.value().countyCode(), planned, startsOn,
                                    endsOn, clock.instant()))
                            .toList();
                    return Audit.action("rotation.approve").then(Audit.touched("plan:" + planId)).then(traces.current())
                            .flatMap(trace -> rotation.addExchanges(exchanges, trace)
                                    .then(rotation.updatePlan(approved, expectedVersion, trace)))
                            .map(version -> new Versioned<>(approved.aggregate(), version));
                }))
                .onErrorMap(PlanRuleException.class, e -> new ConflictException(
                        "The plan breaks the rules; approve it with an override reason or change it: " + e.getMessage()));
    }

    public Mono<Versioned<RotationPlan>> find(String planId) {
        return plan(planId, READERS);
    }

    public Mono<RotationRules> rules(String provinceCode) {
        return rotation.rules(provinceCode);
    }

    public Mono<RotationRules> setRules(RotationRules rules) {
        return Access.permit("set rotation rules", Role.PROVINCE_OFFICER, Role.PLATFORM_ADMIN)
                .flatMap(caller -> Access.withinScope(caller.canSeeRegion(rules.provinceCode()), caller,
                        "province " + rules.provinceCode()))
                .flatMap(caller -> Audit.action("rotation.rules").then(Audit.touched("province:" + rules.provinceCode()))
                        .then(rotation.saveRules(rules)).thenReturn(rules));
    }

    private Mono<Versioned<RotationPlan>> plan(String planId, Role... roles) {
        return Access.permit("work on rotation plans", roles)
                .then(Access.ifVisible(rotation.findPlan(planId),
                        (caller, found) -> caller.canSeeRegion(found.value().countyCode()), "rotation plan " + planId));
    }

    private Mono<RotationRules> planning(String countyCode, String schoolYear) {
        if (countyCode == null || !regions.isCounty(countyCode)) {
            return Mono.error(InvalidRequestException.of("countyCode", "is not a county in the national division list"));
        }
        if (schoolYear == null || !schoolYear.matches("(\\d{4})-(\\d{4})")
                || Integer.parseInt(schoolYear.substring(5)) != Integer.parseInt(schoolYear.substring(0, 4)) + 1) {
            return Mono.error(InvalidRequestException.of("schoolYear", "is a school year such as 2026-2027"));
        }
        return Access.permit("plan rotation", PLANNERS)
                .flatMap(caller -> Access.withinScope(caller.canSeeRegion(countyCode), caller, "county " + countyCode))
                .then(rotation.rules(countyCode.substring(0, 2)));
    }

    private Mono<County> county(String countyCode, String schoolYear) {
        LocalDate firstDay = RotationPlan.firstDayOf(schoolYear);
        Mono<List<Candidate>> candidates = teachers.servedIn(countyCode, firstDay, firstDay)
                .filter(teacher -> teacher.teachingOn(firstDay))
                .filter(teacher -> teacher.service().on(firstDay).map(p -> p.countyCode().equals(countyCode)).orElse(false))
                .map(teacher -> candidate(teacher, firstDay))
                .collectList();
        return Mono.zip(candidates, schools.inRegion(countyCode).collectList(),
                        staffing.inRegion(countyCode).collectMap(SchoolStaffing::schoolCode))
                .map(all -> {
                    Map<String, Long> headcount = all.getT1().stream()
                            .collect(Collectors.groupingBy(Candidate::schoolCode, Collectors.counting()));
                    List<SchoolSlot> slots = all.getT2().stream().map(school -> new SchoolSlot(school.schoolCode(),
                            school.rural(), headcount.getOrDefault(school.schoolCode(), 0L).intValue(),
                            all.getT3().containsKey(school.schoolCode()) ? all.getT3().get(school.schoolCode()).shortfall() : 0))
                            .toList();
                    return new County(all.getT1(), slots, all.getT2().stream()
                            .collect(Collectors.toMap(PostingSchool::schoolCode, Function.identity())));
                });
    }

    private static Candidate candidate(TeacherView teacher, LocalDate firstDay) {
        var posting = teacher.service().on(firstDay).orElseThrow();
        return new Candidate(teacher.teacherId(), posting.schoolCode(), posting.rural(), teacher.subjects(),
                teacher.backbone(), teacher.principal(), teacher.service().yearsAtCurrentSchool(firstDay.minusDays(1)));
    }
}
