package org.eduaid.teacher.training.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eduaid.contracts.identity.Role;
import org.eduaid.kit.audit.Audit;
import org.eduaid.kit.events.TraceContexts;
import org.eduaid.kit.outbox.AggregateAlreadyExistsException;
import org.eduaid.kit.security.Access;
import org.eduaid.kit.web.ConflictException;
import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.kit.web.ResourceNotFoundException;
import org.eduaid.teacher.school.application.PostingSchools;
import org.eduaid.teacher.teacher.application.TeacherRegistry;
import org.eduaid.teacher.training.domain.SchoolPairing;
import org.eduaid.teacher.training.domain.TrainingRecord;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/** Training records (国培, 区培) and urban-rural school pairings (结对帮扶). */
@Service
public class TeacherDevelopment {

    private final DevelopmentRepository development;
    private final TeacherRegistry teachers;
    private final PostingSchools schools;
    private final TraceContexts traces;
    private final Clock clock;

    public TeacherDevelopment(DevelopmentRepository development, TeacherRegistry teachers, PostingSchools schools,
            TraceContexts traces, Clock clock) {
        this.development = development;
        this.teachers = teachers;
        this.schools = schools;
        this.traces = traces;
        this.clock = clock;
    }

    /** Per programme: participations (人次), distinct teachers (人), hours and funds. */
    public record ProgrammeTotals(String programme, int participations, int teachers, BigDecimal hours, long fundsFen) {
    }

    public Mono<TrainingRecord> record(String teacherId, String programme, String course, BigDecimal hours, long fundsFen,
            LocalDate completedOn) {
        if (completedOn == null || completedOn.isAfter(LocalDate.now(clock))) {
            return Mono.error(InvalidRequestException.of("completedOn", "is required and cannot lie in the future"));
        }
        return Access.permit("record training", Role.SCHOOL_CLERK, Role.COUNTY_OFFICER, Role.PLATFORM_ADMIN)
                .flatMap(caller -> teachers.find(teacherId)
                        .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("teacher " + teacherId)))
                        .flatMap(teacher -> {
                            var posting = teacher.service().on(completedOn).orElse(null);
                            if (posting == null) {
                                return Mono.error(InvalidRequestException.of("completedOn", "the teacher had no posting that day"));
                            }
                            if (!caller.canSeeSchool(posting.schoolCode(), posting.countyCode())) {
                                return Mono.error(new ResourceNotFoundException("teacher " + teacherId));
                            }
                            TrainingRecord record;
                            try {
                                record = new TrainingRecord(recordIdOf(teacherId, programme, course, completedOn), teacherId,
                                        TrainingRecord.Programme.valueOf(programme == null ? "" : programme), course, hours,
                                        fundsFen, posting.schoolCode(), posting.countyCode(), completedOn);
                            } catch (IllegalArgumentException e) {
                                return Mono.error(InvalidRequestException.of("training", e.getMessage()));
                            }
                            var recorded = TrainingRecord.record(record, clock.instant());
                            return Audit.action("training.record").then(Audit.touched("teacher:" + teacherId))
                                    .then(traces.current()).flatMap(trace -> development.addTraining(recorded, trace))
                                    // the same course on the same day recorded again (a retried request) is the same record
                                    .onErrorResume(AggregateAlreadyExistsException.class, e -> Mono.empty())
                                    .thenReturn(record);
                        }));
    }

    /** The same teacher, course and day give the same id, so recording it twice stores it once. */
    static String recordIdOf(String teacherId, String programme, String course, LocalDate completedOn) {
        UUID courseId = UUID.nameUUIDFromBytes((programme + "\n" + course).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return "tr-" + teacherId + "~" + completedOn + "~" + courseId.toString().substring(0, 8);
    }

    public Mono<List<TrainingRecord>> trainingOf(String teacherId) {
        return Access.permit("read training", Role.SCHOOL_CLERK, Role.COUNTY_OFFICER, Role.CITY_OFFICER,
                        Role.PROVINCE_OFFICER, Role.AUDITOR, Role.PLATFORM_ADMIN)
                .flatMap(caller -> development.trainingOf(teacherId)
                        .filter(record -> caller.canSeeSchool(record.schoolCode(), record.countyCode())).collectList());
    }

    public Mono<List<ProgrammeTotals>> totals(String regionCode, int year) {
        return Access.permit("read training", Role.COUNTY_OFFICER, Role.CITY_OFFICER, Role.PROVINCE_OFFICER, Role.AUDITOR,
                        Role.PLATFORM_ADMIN)
                .flatMap(caller -> Access.withinScope(caller.canSeeRegion(regionCode), caller, "region " + regionCode))
                .then(development.trainingIn(regionCode, year).collectList())
                .map(records -> records.stream().collect(Collectors.groupingBy(record -> record.programme().name(),
                                TreeMap::new, Collectors.toList()))
                        .entrySet().stream().map(programme -> totals(programme.getKey(), programme.getValue())).toList());
    }

    private static ProgrammeTotals totals(String programme, List<TrainingRecord> records) {
        return new ProgrammeTotals(programme, records.size(),
                (int) records.stream().map(TrainingRecord::teacherId).distinct().count(),
                records.stream().map(TrainingRecord::hours).reduce(BigDecimal.ZERO, BigDecimal::add),
                records.stream().mapToLong(TrainingRecord::fundsFen).sum());
    }

    public Mono<SchoolPairing> pair(String urbanSchoolCode, String ruralSchoolCode, LocalDate startsOn, LocalDate endsOn) {
        return Access.permit("pair schools", Role.COUNTY_OFFICER, Role.CITY_OFFICER, Role.PROVINCE_OFFICER, Role.PLATFORM_ADMIN)
                .flatMap(caller -> Mono.zip(known(urbanSchoolCode, "urbanSchoolCode"), known(ruralSchoolCode, "ruralSchoolCode"))
                        .flatMap(both -> {
                            if (both.getT1().rural() || !both.getT2().rural()) {
                                return Mono.error(InvalidRequestException.of("ruralSchoolCode",
                                        "a pairing joins an urban school with a rural one"));
                            }
                            if (!caller.canSeeRegion(both.getT1().countyCode()) && !caller.canSeeRegion(both.getT2().countyCode())) {
                                return Mono.error(new ResourceNotFoundException("school " + ruralSchoolCode));
                            }
                            if (startsOn == null || endsOn == null || !endsOn.isAfter(startsOn)) {
                                return Mono.error(InvalidRequestException.of("endsOn", "must lie after startsOn"));
                            }
                            var formed = SchoolPairing.form(both.getT1().schoolCode(), both.getT1().countyCode(),
                                    both.getT2().schoolCode(), both.getT2().countyCode(), startsOn, endsOn, clock.instant());
                            return Audit.action("pairing.form").then(traces.current())
                                    .flatMap(trace -> development.addPairing(formed, trace))
                                    .flatMap(added -> added ? Mono.just(formed.aggregate())
                                            : Mono.error(new ConflictException("These schools are paired from that year already.")));
                        }));
    }

    public Mono<List<SchoolPairing>> pairings(String regionCode) {
        return Access.permit("read pairings", Role.SCHOOL_CLERK, Role.COUNTY_OFFICER, Role.CITY_OFFICER,
                        Role.PROVINCE_OFFICER, Role.AUDITOR, Role.PLATFORM_ADMIN)
                .flatMap(caller -> development.pairingsIn(regionCode == null ? "" : regionCode)
                        .filter(pairing -> caller.canSeeSchool(pairing.urbanSchoolCode(), pairing.urbanCountyCode())
                                || caller.canSeeSchool(pairing.ruralSchoolCode(), pairing.ruralCountyCode()))
                        .collectList());
    }

    private Mono<org.eduaid.teacher.school.application.PostingSchool> known(String schoolCode, String field) {
        return schools.find(schoolCode == null ? "" : schoolCode)
                .switchIfEmpty(Mono.error(() -> InvalidRequestException.of(field, "is not a school this service knows")));
    }
}
