package org.eduaid.teacher.staffing.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.teacher.staffing.application.StaffingFigures;
import org.eduaid.teacher.staffing.domain.CountyStaffingPlan;
import org.eduaid.teacher.staffing.domain.SchoolStaffingRecord;
import org.eduaid.teacher.staffing.domain.StaffingStandard;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import reactor.core.publisher.Mono;

/** Staffing against the standard per school and county, the counties' plans (一县一案) and the standards. */
@RestController
@Validated
@RequestMapping("/api/teachers/staffing")
class StaffingController {

    private final StaffingFigures staffing;
    private final Clock clock;

    StaffingController(StaffingFigures staffing, Clock clock) {
        this.staffing = staffing;
        this.clock = clock;
    }

    record SchoolView(String schoolCode, String countyCode, boolean rural, Map<String, Integer> studentsByStage,
            int students, int requiredTeachers, int teachers, int shortfall, Map<String, Integer> teachersBySubject) {

        static SchoolView of(SchoolStaffingRecord r) {
            return new SchoolView(r.schoolCode(), r.countyCode(), r.rural(), r.studentsByStage(), r.students(),
                    r.requiredTeachers(), r.teachers(), r.shortfall(), r.teachersBySubject());
        }
    }

    record PlanView(String countyCode, int year, List<CountyStaffingPlan.Measure> measures, int shortfall,
            int teachersPlanned, boolean covers, int uncovered) {

        static PlanView of(CountyStaffingPlan plan) {
            return plan == null ? null : new PlanView(plan.countyCode(), plan.year(), plan.measures(), plan.shortfall(),
                    plan.teachersPlanned(), plan.covers(), plan.uncovered());
        }
    }

    record CountyView(String countyCode, int students, int requiredTeachers, int teachers, int shortfall, int schoolsShort,
            List<SchoolView> schools, PlanView plan) {

        static CountyView of(StaffingFigures.CountyStaffing county) {
            return new CountyView(county.countyCode(), county.students(), county.requiredTeachers(), county.teachers(),
                    county.shortfall(), county.schoolsShort(), county.schools().stream().map(SchoolView::of).toList(),
                    PlanView.of(county.plan()));
        }
    }

    record RecomputeRequest(@NotNull String regionCode) {
    }

    record PlanRequest(@NotNull Integer year, @NotNull List<CountyStaffingPlan.Measure> measures) {
    }

    record StandardRequest(@NotNull Map<String, BigDecimal> studentsPerTeacher) {
    }

    @GetMapping("/schools/{schoolCode}")
    Mono<SchoolView> school(@PathVariable String schoolCode) {
        return staffing.school(schoolCode).map(SchoolView::of);
    }

    @GetMapping("/counties/{countyCode}")
    Mono<CountyView> county(@PathVariable String countyCode, @RequestParam(required = false) Integer year) {
        return staffing.county(countyCode, year != null ? year : LocalDate.now(clock).getYear()).map(CountyView::of);
    }

    /** The counties of a region, those furthest short first. */
    @GetMapping
    Mono<List<CountyView>> counties(@RequestParam String regionCode) {
        return staffing.counties(regionCode).map(counties -> counties.stream().map(CountyView::of).toList());
    }

    @PostMapping("/recomputations")
    Mono<StaffingFigures.Recomputation> recompute(@Valid @RequestBody RecomputeRequest request) {
        return staffing.recomputeFor(request.regionCode());
    }

    @PutMapping("/counties/{countyCode}/plan")
    Mono<PlanView> setPlan(@PathVariable String countyCode, @Valid @RequestBody PlanRequest request) {
        return Mono.fromCallable(() -> request.measures().stream()
                        .map(measure -> new CountyStaffingPlan.Measure(measure.kind(), measure.teachers(), measure.note()))
                        .toList())
                .onErrorMap(IllegalArgumentException.class, e -> InvalidRequestException.of("measures", e.getMessage()))
                .flatMap(measures -> staffing.setPlan(countyCode, request.year(), measures))
                .map(PlanView::of);
    }

    @GetMapping("/standards/{provinceCode}")
    Mono<StaffingStandard> standard(@PathVariable String provinceCode) {
        return staffing.standard(provinceCode);
    }

    @PutMapping("/standards/{provinceCode}")
    Mono<StaffingStandard> setStandard(@PathVariable String provinceCode, @Valid @RequestBody StandardRequest request) {
        return Mono.fromCallable(() -> new StaffingStandard(provinceCode, request.studentsPerTeacher()))
                .onErrorMap(IllegalArgumentException.class, e -> InvalidRequestException.of("studentsPerTeacher", e.getMessage()))
                .flatMap(staffing::setStandard);
    }
}
