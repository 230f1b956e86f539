package org.eduaid.teacher.teacher.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;

import org.eduaid.contracts.identity.Role;
import org.eduaid.kit.audit.Audit;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContexts;
import org.eduaid.kit.security.Access;
import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.kit.web.ResourceNotFoundException;
import org.eduaid.teacher.school.application.PostingSchools;
import org.eduaid.teacher.teacher.domain.DepartureReason;
import org.eduaid.teacher.teacher.domain.PostingReason;
import org.eduaid.teacher.teacher.domain.Teacher;
import org.eduaid.teacher.teacher.domain.TeacherRuleException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * What happens to a registered teacher: transfers, a fixed-term post made regular, departure. Each
 * change names the version it was made on (409 when someone changed the teacher meanwhile). Also
 * moves teachers for exchanges, idempotently, as {@link TeacherPostings}.
 */
@Service("teacherPostings")
public class TeacherChanges implements TeacherPostings {

    private final TeacherRepository teachers;
    private final PostingSchools schools;
    private final TraceContexts traces;
    private final Clock clock;

    public TeacherChanges(TeacherRepository teachers, PostingSchools schools, TraceContexts traces, Clock clock) {
        this.teachers = teachers;
        this.schools = schools;
        this.traces = traces;
        this.clock = clock;
    }

    public Mono<VersionedTeacher> transfer(String teacherId, String schoolCode, LocalDate from, long expectedVersion) {
        return officerChange(teacherId, expectedVersion, "teacher.transfer", teacher -> schools.find(schoolCode)
                .switchIfEmpty(Mono.error(() -> InvalidRequestException.of("schoolCode", "is not a school this service knows")))
                .flatMap(school -> Access.permit("transfer teachers", Role.COUNTY_OFFICER, Role.PROVINCE_OFFICER,
                                Role.PLATFORM_ADMIN)
                        .flatMap(caller -> caller.canSeeRegion(school.countyCode()) ? Mono.just(school)
                                : Mono.error(InvalidRequestException.of("schoolCode", "lies outside your region"))))
                .map(school -> teacher.move(TeacherRegistration.place(school), from, PostingReason.TRANSFERRED, null,
                        clock.instant())));
    }

    public Mono<VersionedTeacher> convert(String teacherId, LocalDate on, long expectedVersion) {
        return officerChange(teacherId, expectedVersion, "teacher.convert",
                teacher -> Mono.fromSupplier(() -> teacher.convert(on, clock.instant())));
    }

    public Mono<VersionedTeacher> depart(String teacherId, LocalDate on, String reason, long expectedVersion) {
        return officerChange(teacherId, expectedVersion, "teacher.depart",
                teacher -> Mono.fromSupplier(() -> teacher.depart(on, departureReason(reason), clock.instant())));
    }

    @Override
    public Mono<Void> move(String teacherId, String schoolCode, LocalDate from, PostingReason reason, String exchangeId) {
        return teachers.find(teacherId)
                .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("teacher " + teacherId)))
                .flatMap(found -> {
                    if (found.teacher().hasMoved(reason, exchangeId)) {
                        return Mono.<Void>empty();
                    }
                    return schools.find(schoolCode)
                            .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("school " + schoolCode)))
                            .flatMap(school -> traces.current().flatMap(trace -> teachers.update(
                                    found.teacher().move(TeacherRegistration.place(school), from, reason, exchangeId,
                                            clock.instant()),
                                    found.version(), trace)))
                            .then();
                })
                .onErrorMap(TeacherRuleException.class, e -> new org.eduaid.kit.web.ConflictException(e.getMessage()));
    }

    private Mono<VersionedTeacher> officerChange(String teacherId, long expectedVersion, String action,
            Function<Teacher, Mono<ResultWithEvents<Teacher>>> change) {
        return Access.permit("change teachers", Role.COUNTY_OFFICER, Role.PROVINCE_OFFICER, Role.PLATFORM_ADMIN)
                .flatMap(caller -> Access.ifVisible(teachers.find(teacherId),
                        (c, found) -> found.teacher().service().postings().stream()
                                .anyMatch(posting -> c.canSeeRegion(posting.countyCode()))
                                && c.canSeeRegion(lastCounty(found.teacher())),
                        "teacher " + teacherId))
                .flatMap(found -> Audit.action(action).then(Audit.touched("teacher:" + teacherId))
                        .then(change.apply(found.teacher()))
                        .flatMap(changed -> traces.current()
                                .flatMap(trace -> teachers.update(changed, expectedVersion, trace))
                                .map(version -> new VersionedTeacher(changed.aggregate(), version))))
                .onErrorMap(TeacherRuleException.class, e -> InvalidRequestException.of(e.field(), e.getMessage()));
    }

    private static String lastCounty(Teacher teacher) {
        return teacher.service().postings().get(teacher.service().postings().size() - 1).countyCode();
    }

    private static DepartureReason departureReason(String reason) {
        try {
            return DepartureReason.valueOf(reason == null ? "" : reason);
        } catch (IllegalArgumentException e) {
            throw new TeacherRuleException("reason", "must be RETIRED, RESIGNED, TERM_ENDED, DECEASED or MOVED_AWAY");
        }
    }
}
