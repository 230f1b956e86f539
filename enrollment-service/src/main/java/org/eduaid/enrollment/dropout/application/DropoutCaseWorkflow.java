package org.eduaid.enrollment.dropout.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.eduaid.contracts.identity.Role;
import org.eduaid.enrollment.dropout.domain.Actor;
import org.eduaid.enrollment.dropout.domain.CaseId;
import org.eduaid.enrollment.dropout.domain.CaseReason;
import org.eduaid.enrollment.dropout.domain.Deferral;
import org.eduaid.enrollment.dropout.domain.DropoutCase;
import org.eduaid.enrollment.dropout.domain.EnrolmentProof;
import org.eduaid.enrollment.dropout.domain.Persuasion;
import org.eduaid.enrollment.dropout.domain.Placement;
import org.eduaid.enrollment.dropout.domain.PriorityGroup;
import org.eduaid.enrollment.dropout.domain.Stamp;
import org.eduaid.enrollment.dropout.domain.Visit;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.enrollment.student.application.StudentDirectory;
import org.eduaid.enrollment.student.application.StudentStatus;
import org.eduaid.kit.audit.Audit;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContexts;
import org.eduaid.kit.outbox.StaleAggregateException;
import org.eduaid.kit.regions.Region;
import org.eduaid.kit.regions.RegionDirectory;
import org.eduaid.kit.security.Access;
import org.eduaid.kit.security.Caller;
import org.eduaid.kit.web.ConflictException;
import org.eduaid.kit.web.ForbiddenException;
import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.kit.web.ResourceNotFoundException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * The commands of the case workflow. A county officer runs the cases of their county; the city
 * officer steps in on its counties' escalated cases; a school clerk may only report a student of
 * their own school. Every command names the version it was read at: a stale one is a 409.
 */
@Service
public class DropoutCaseWorkflow {

    private static final String COLLECTION = "dropout_cases";

    private final DropoutCaseRepository cases;
    private final StudentDirectory students;
    private final RegionDirectory regions;
    private final TraceContexts traces;
    private final CaseCalendar calendar;

    public DropoutCaseWorkflow(DropoutCaseRepository cases, StudentDirectory students, RegionDirectory regions,
            TraceContexts traces, CaseCalendar calendar) {
        this.cases = cases;
        this.students = students;
        this.regions = regions;
        this.traces = traces;
        this.calendar = calendar;
    }

    /** Opens a case about a child by hand (reason REPORTED), when no case about the child is open. */
    public Mono<VersionedCase> report(String studentId, String countyCode, String note) {
        return Access.permit("report out-of-school children", Role.SCHOOL_CLERK, Role.COUNTY_OFFICER,
                        Role.PLATFORM_ADMIN)
                .flatMap(caller -> {
                    if (!PersonId.isValid(studentId)) {
                        return Mono.error(InvalidRequestException.of("studentId", "is not a student id"));
                    }
                    Optional<Region> county = regions.find(countyCode).filter(region -> regions.isCounty(region.code()));
                    if (county.isEmpty()) {
                        return Mono.error(InvalidRequestException.of("countyCode",
                                "is not a county in the national division list"));
                    }
                    PersonId child = new PersonId(studentId);
                    return Access.withinScope(caller.canSeeRegion(countyCode), caller, "county " + countyCode)
                            .then(students.statusOf(List.of(child)))
                            .flatMap(statuses -> {
                                StudentStatus status = statuses.get(child);
                                if (caller.role() == Role.SCHOOL_CLERK && !ownStudent(caller, status)) {
                                    return Mono.error(new ResourceNotFoundException("student " + studentId));
                                }
                                return Audit.action("dropout-case.report")
                                        .then(cases.withOpenCase(List.of(child)))
                                        .flatMap(open -> open.isEmpty() ? Mono.just(status == null ? Optional.<StudentStatus>empty()
                                                : Optional.of(status)) : Mono.error(new ChildHasOpenCaseException()))
                                        .flatMap(known -> {
                                            var opened = DropoutCase.open(CaseId.fresh(), child, countyCode,
                                                    county.get().parentCode(), CaseReason.REPORTED, note,
                                                    known.map(s -> groupsOf(s, countyCode)).orElse(Set.of()),
                                                    stamp(caller));
                                            return Audit.touched(recordId(opened.aggregate().id()))
                                                    .then(traces.current())
                                                    .flatMap(trace -> cases.add(opened, trace))
                                                    .map(version -> new VersionedCase(opened.aggregate(), version));
                                        });
                            });
                })
                .onErrorMap(CaseErrors::translate);
    }

    public Mono<VersionedCase> verify(String caseId, long expectedVersion, Supplier<Visit> visit) {
        return act(caseId, expectedVersion, "dropout-case.verify",
                (found, stamp) -> Mono.just(found.dropoutCase().verify(visit.get(), stamp)));
    }

    public Mono<VersionedCase> recordVisit(String caseId, long expectedVersion, Supplier<Visit> visit) {
        return act(caseId, expectedVersion, "dropout-case.visit",
                (found, stamp) -> Mono.just(found.dropoutCase().recordVisit(visit.get(), stamp)));
    }

    public Mono<VersionedCase> startPersuasion(String caseId, long expectedVersion, Supplier<Persuasion> persuasion) {
        return act(caseId, expectedVersion, "dropout-case.persuade",
                (found, stamp) -> Mono.just(found.dropoutCase().startPersuasion(persuasion.get(), stamp)));
    }

    /** The child is back: the registry must show an active enrolment at {@code schoolCode}. */
    public Mono<VersionedCase> recordReturn(String caseId, long expectedVersion, String schoolCode,
            LocalDate returnedOn) {
        return act(caseId, expectedVersion, "dropout-case.return", (found, stamp) -> {
            DropoutCase current = found.dropoutCase();
            return statusOf(current.child()).map(status -> {
                if (status.isEmpty() || !status.get().activelyEnrolled()) {
                    throw new ConflictException("The student registry shows no active enrolment of the child, "
                            + "which a return to school needs as proof.");
                }
                if (!status.get().schoolCode().equals(schoolCode)) {
                    throw new ConflictException("The child's active enrolment is not at school " + schoolCode + ".");
                }
                return current.recordReturn(new EnrolmentProof(schoolCode, returnedOn), stamp);
            });
        });
    }

    public Mono<VersionedCase> place(String caseId, long expectedVersion, Supplier<Placement> placement) {
        return act(caseId, expectedVersion, "dropout-case.place", (found, stamp) -> {
            DropoutCase current = found.dropoutCase();
            return statusOf(current.child())
                    .map(status -> current.place(placement.get(), status.map(StudentStatus::disabled).orElse(false), stamp));
        });
    }

    public Mono<VersionedCase> defer(String caseId, long expectedVersion, Supplier<Deferral> deferral) {
        return act(caseId, expectedVersion, "dropout-case.defer",
                (found, stamp) -> Mono.just(found.dropoutCase().defer(deferral.get(), stamp)));
    }

    /** Closes a case; a returned child's enrolment is checked again, as it may have ended since. */
    public Mono<VersionedCase> close(String caseId, long expectedVersion, String reason) {
        return act(caseId, expectedVersion, "dropout-case.close", (found, stamp) -> {
            DropoutCase current = found.dropoutCase();
            return statusOf(current.child()).map(status -> {
                EnrolmentProof stillActive = status.filter(StudentStatus::activelyEnrolled)
                        .map(s -> new EnrolmentProof(s.schoolCode(),
                                current.proof() != null ? current.proof().returnedOn() : stamp.today()))
                        .orElse(null);
                return current.close(reason, stillActive, stamp);
            });
        });
    }

    static Stamp stampOf(Caller caller, CaseCalendar calendar) {
        return new Stamp(new Actor(caller.subject(), caller.displayName(), caller.role().name()),
                calendar.clock().instant(), calendar.today());
    }

    static Set<PriorityGroup> groupsOf(StudentStatus status, String caseCounty) {
        return PriorityGroup.of(status.registeredPoor(), status.orphan(), status.disabled(), status.leftBehind(),
                status.householdCountyCode(), caseCounty);
    }

    static String recordId(CaseId id) {
        return "dropout-case:" + id.value();
    }

    private Stamp stamp(Caller caller) {
        return stampOf(caller, calendar);
    }

    private Mono<Optional<StudentStatus>> statusOf(PersonId child) {
        return students.statusOf(List.of(child)).map(statuses -> Optional.ofNullable(statuses.get(child)));
    }

    private static boolean ownStudent(Caller caller, StudentStatus status) {
        return status != null && status.schoolCode() != null && caller.school().map(status.schoolCode()::equals).orElse(false);
    }

    /**
     * Loads the case the caller may act on, checks the version they read, applies the change and
     * stores it with its events in one versioned write.
     */
    private Mono<VersionedCase> act(String caseId, long expectedVersion, String action,
            BiFunction<VersionedCase, Stamp, Mono<ResultWithEvents<DropoutCase>>> change) {
        return Access.permit("work on out-of-school cases", Role.COUNTY_OFFICER, Role.CITY_OFFICER, Role.PLATFORM_ADMIN)
                .flatMap(caller -> {
                    if (!CaseId.isValid(caseId)) {
                        return Mono.error(InvalidRequestException.of("caseId", "is not a case id"));
                    }
                    CaseId id = new CaseId(caseId);
                    return Access.ifVisible(cases.find(id),
                                    (who, found) -> who.canSeeRegion(found.dropoutCase().countyCode()), "case " + caseId)
                            .flatMap(found -> {
                                if (caller.role() == Role.CITY_OFFICER && !found.dropoutCase().escalated()) {
                                    return Mono.error(new ForbiddenException("CITY_OFFICER may only act on escalated "
                                            + "cases; the county follows this one"));
                                }
                                return Audit.action(action).then(Audit.touched(recordId(id))).thenReturn(found);
                            })
                            .flatMap(found -> {
                                if (found.version() != expectedVersion) {
                                    return Mono.error(new StaleAggregateException(COLLECTION, caseId, expectedVersion));
                                }
                                return Mono.defer(() -> change.apply(found, stamp(caller)))
                                        .flatMap(changed -> traces.current()
                                                .flatMap(trace -> cases.update(changed, expectedVersion, trace))
                                                .map(version -> new VersionedCase(changed.aggregate(), version)));
                            });
                })
                .onErrorMap(CaseErrors::translate);
    }
}
