package org.eduaid.teacher.staffing.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eduaid.contracts.identity.Role;
import org.eduaid.kit.audit.Audit;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContexts;
import org.eduaid.kit.regions.RegionDirectory;
import org.eduaid.kit.security.Access;
import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.teacher.enrolment.application.SchoolEnrolments;
import org.eduaid.teacher.school.application.PostingSchool;
import org.eduaid.teacher.school.application.PostingSchools;
import org.eduaid.teacher.staffing.domain.CountyStaffingPlan;
import org.eduaid.teacher.staffing.domain.SchoolStaffingRecord;
import org.eduaid.teacher.staffing.domain.StaffingStandard;
import org.eduaid.teacher.teacher.application.SchoolTeachers;
import org.eduaid.teacher.teacher.application.TeacherRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Each school's staffing against its province's standard, recomputed from what the service knows
 * (students from enrollment-service's events, teachers from the registry) every
 * {@code STAFFING_RECOMPUTE_INTERVAL} and on demand. Derived figures need no repair after a crash: the
 * next run computes them again, and only changed schools raise an event.
 */
@Service
public class StaffingFigures implements Staffing {

    private static final Logger log = LoggerFactory.getLogger(StaffingFigures.class);
    private static final Role[] READERS = {Role.SCHOOL_CLERK, Role.COUNTY_OFFICER, Role.CITY_OFFICER, Role.PROVINCE_OFFICER,
            Role.AUDITOR, Role.PLATFORM_ADMIN};

    private final StaffingRepository staffing;
    private final SchoolEnrolments enrolments;
    private final TeacherRegistry teachers;
    private final PostingSchools schools;
    private final RegionDirectory regions;
    private final TraceContexts traces;
    private final Clock clock;

    public StaffingFigures(StaffingRepository staffing, SchoolEnrolments enrolments, TeacherRegistry teachers,
            PostingSchools schools, RegionDirectory regions, TraceContexts traces, Clock clock) {
        this.staffing = staffing;
        this.enrolments = enrolments;
        this.teachers = teachers;
        this.schools = schools;
        this.regions = regions;
        this.traces = traces;
        this.clock = clock;
    }

    public record Recomputation(String regionCode, int schools, int changed, Duration took) {
    }

    /** A county's staffing: its schools (those furthest short first), totals and its plan. */
    public record CountyStaffing(String countyCode, int students, int requiredTeachers, int teachers, int shortfall,
            int schoolsShort, List<SchoolStaffingRecord> schools, CountyStaffingPlan plan) {
    }

    @Override
    public Flux<SchoolStaffing> inRegion(String regionPrefix) {
        return staffing.inRegion(regionPrefix).map(stored -> {
            SchoolStaffingRecord r = stored.record();
            return new SchoolStaffing(r.schoolCode(), r.countyCode(), r.rural(), r.students(), r.requiredTeachers(),
                    r.teachers(), r.shortfall());
        }).sort(Comparator.comparingInt(SchoolStaffing::shortfall).reversed().thenComparing(SchoolStaffing::schoolCode));
    }

    @Scheduled(fixedDelayString = "${eduaid.staffing.recompute-interval:10m}",
            initialDelayString = "${eduaid.staffing.recompute-interval:10m}")
    void recomputeEverywhere() {
        recompute("").subscribe(done -> log.info("Staffing recomputed: {} schools, {} changed, in {} ms", done.schools(),
                done.changed(), done.took().toMillis()), failure -> log.error("Staffing recomputation failed", failure));
    }

    public Mono<Recomputation> recomputeFor(String regionCode) {
        return Access.permit("recompute staffing", Role.COUNTY_OFFICER, Role.CITY_OFFICER, Role.PROVINCE_OFFICER,
                        Role.PLATFORM_ADMIN)
                .flatMap(caller -> Access.withinScope(caller.canSeeRegion(regionCode), caller, "region " + regionCode))
                .then(Audit.action("staffing.recompute"))
                .then(recompute(regionCode));
    }

    Mono<Recomputation> recompute(String regionPrefix) {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        Mono<Map<String, PostingSchool>> known = schools.inRegion(regionPrefix.isEmpty() ? "" : regionPrefix)
                .collectMap(PostingSchool::schoolCode);
        Mono<Map<String, SchoolTeachers>> staff = teachers.countsBySchool(regionPrefix, today)
                .collectMap(SchoolTeachers::schoolCode);
        Mono<Map<String, StaffingRepository.Stored>> before = staffing.inRegion(regionPrefix)
                .collectMap(stored -> stored.record().schoolCode());
        return Mono.zip(known, enrolments.studentsByStage(regionPrefix), staff, before, standards(known))
                .flatMap(all -> {
                    List<ResultWithEvents<SchoolStaffingRecord>> created = new ArrayList<>();
                    List<ResultWithEvents<SchoolStaffingRecord>> changed = new ArrayList<>();
                    Map<String, Long> versions = new HashMap<>();
                    for (PostingSchool school : all.getT1().values()) {
                        Map<String, Integer> students = all.getT2().getOrDefault(school.schoolCode(), Map.of());
                        SchoolTeachers teachersThere = all.getT3().get(school.schoolCode());
                        StaffingStandard standard = all.getT5().get(school.countyCode().substring(0, 2));
                        SchoolStaffingRecord now = new SchoolStaffingRecord(school.schoolCode(), school.countyCode(),
                                school.rural(), students, standard.requiredTeachers(students),
                                teachersThere == null ? 0 : teachersThere.teachers(),
                                teachersThere == null ? Map.of() : teachersThere.bySubject(), clock.instant());
                        StaffingRepository.Stored stored = all.getT4().get(school.schoolCode());
                        now.changedFrom(Optional.ofNullable(stored).map(StaffingRepository.Stored::record)).ifPresent(change -> {
                            if (stored == null) {
                                created.add(change);
                            } else {
                                changed.add(change);
                                versions.put(school.schoolCode(), stored.version());
                            }
                        });
                    }
                    return traces.current().flatMap(trace -> staffing.saveAll(created, changed, versions, trace))
                            .thenReturn(new Recomputation(regionPrefix, all.getT1().size(), created.size() + changed.size(),
                                    Duration.ofNanos(System.nanoTime() - started)));
                });
    }

    private Mono<Map<String, StaffingStandard>> standards(Mono<Map<String, PostingSchool>> known) {
        return known.flatMapMany(schoolsKnown -> Flux.fromIterable(schoolsKnown.values().stream()
                        .map(school -> school.countyCode().substring(0, 2)).distinct().toList()))
                .flatMap(staffing::standard)
                .collectMap(StaffingStandard::provinceCode);
    }

    public Mono<SchoolStaffingRecord> school(String schoolCode) {
        return Access.permit("read staffing", READERS)
                .then(Access.ifVisible(staffing.find(schoolCode).map(StaffingRepository.Stored::record),
                        (caller, record) -> caller.canSeeSchool(record.schoolCode(), record.countyCode()),
                        "staffing of school " + schoolCode));
    }

    public Mono<CountyStaffing> county(String countyCode, int year) {
        return Access.permit("read staffing", Role.COUNTY_OFFICER, Role.CITY_OFFICER, Role.PROVINCE_OFFICER, Role.AUDITOR,
                        Role.PLATFORM_ADMIN)
                .flatMap(caller -> Access.withinScope(caller.canSeeRegion(countyCode), caller, "county " + countyCode))
                .then(Mono.zip(staffing.inRegion(countyCode).map(StaffingRepository.Stored::record).collectList(),
                        staffing.plan(countyCode, year).map(Optional::of).defaultIfEmpty(Optional.empty())))
                .map(found -> countyOf(countyCode, found.getT1(), found.getT2().orElse(null)));
    }

    /** The counties of a region, those furthest short first. */
    public Mono<List<CountyStaffing>> counties(String regionCode) {
        return Access.permit("read staffing", Role.CITY_OFFICER, Role.PROVINCE_OFFICER, Role.AUDITOR, Role.PLATFORM_ADMIN,
                        Role.COUNTY_OFFICER)
                .flatMap(caller -> Access.withinScope(caller.canSeeRegion(regionCode), caller, "region " + regionCode))
                .then(staffing.inRegion(regionCode).map(StaffingRepository.Stored::record).collectList())
                .map(records -> records.stream().collect(Collectors.groupingBy(SchoolStaffingRecord::countyCode))
                        .entrySet().stream().map(county -> countyOf(county.getKey(), county.getValue(), null))
                        .map(county -> new CountyStaffing(county.countyCode(), county.students(), county.requiredTeachers(),
                                county.teachers(), county.shortfall(), county.schoolsShort(), List.of(), null))
                        .sorted(Comparator.comparingInt(CountyStaffing::shortfall).reversed()
                                .thenComparing(CountyStaffing::countyCode))
                        .toList());
    }

    /** The county's plan (一县一案) for a year, against its shortfall now. */
    public Mono<CountyStaffingPlan> setPlan(String countyCode, int year, List<CountyStaffingPlan.Measure> measures) {
        if (!regions.isCounty(countyCode)) {
            return Mono.error(InvalidRequestException.of("countyCode", "is not a county in the national division list"));
        }
        if (year < 2000 || year > 2200) {
            return Mono.error(InvalidRequestException.of("year", "must be a year between 2000 and 2200"));
        }
        return Access.permit("set a county staffing plan", Role.COUNTY_OFFICER, Role.PLATFORM_ADMIN)
                .flatMap(caller -> Access.withinScope(caller.canSeeRegion(countyCode), caller, "county " + countyCode))
                .then(staffing.inRegion(countyCode).map(stored -> stored.record().shortfall()).reduce(0, Integer::sum))
                .map(shortfall -> new CountyStaffingPlan(countyCode, year, measures, shortfall, clock.instant()))
                .flatMap(plan -> Audit.action("staffing.plan").then(Audit.touched("county:" + countyCode))
                        .then(staffing.savePlan(plan)).thenReturn(plan));
    }

    public Mono<StaffingStandard> standard(String provinceCode) {
        return staffing.standard(provinceCode);
    }

    public Mono<StaffingStandard> setStandard(StaffingStandard standard) {
        return Access.permit("set staffing standards", Role.PROVINCE_OFFICER, Role.PLATFORM_ADMIN)
                .flatMap(caller -> Access.withinScope(caller.canSeeRegion(standard.provinceCode()), caller,
                        "province " + standard.provinceCode()))
                .then(Audit.action("staffing.standard"))
                .then(staffing.saveStandard(standard)).thenReturn(standard);
    }

    private static CountyStaffing countyOf(String countyCode, List<SchoolStaffingRecord> records, CountyStaffingPlan plan) {
        List<SchoolStaffingRecord> sorted = records.stream()
                .sorted(Comparator.comparingInt(SchoolStaffingRecord::shortfall).reversed()
                        .thenComparing(SchoolStaffingRecord::schoolCode))
                .toList();
        return new CountyStaffing(countyCode, sum(records, SchoolStaffingRecord::students),
                sum(records, SchoolStaffingRecord::requiredTeachers), sum(records, SchoolStaffingRecord::teachers),
                sum(records, SchoolStaffingRecord::shortfall), (int) records.stream().filter(r -> r.shortfall() > 0).count(),
                sorted, plan);
    }

    private static int sum(List<SchoolStaffingRecord> records, Function<SchoolStaffingRecord, Integer> figure) {
        return records.stream().mapToInt(figure::apply).sum();
    }
}
