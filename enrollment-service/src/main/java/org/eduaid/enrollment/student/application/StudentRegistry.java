package org.eduaid.enrollment.student.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

import org.eduaid.contracts.identity.Role;
import org.eduaid.enrollment.household.application.ExternalFlagLookup;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.enrollment.person.PersonIds;
import org.eduaid.enrollment.school.application.SchoolRepository;
import org.eduaid.enrollment.school.domain.School;
import org.eduaid.enrollment.school.domain.SchoolCode;
import org.eduaid.enrollment.student.domain.FlagSetting;
import org.eduaid.enrollment.student.domain.Placement;
import org.eduaid.enrollment.student.domain.Stage;
import org.eduaid.enrollment.student.domain.Student;
import org.eduaid.enrollment.student.domain.SuspensionReason;
import org.eduaid.enrollment.student.domain.WithdrawalReason;
import org.eduaid.kit.audit.Audit;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContexts;
import org.eduaid.kit.outbox.AggregateAlreadyExistsException;
import org.eduaid.kit.outbox.StaleAggregateException;
import org.eduaid.kit.privacy.ResidentIdNumber;
import org.eduaid.kit.regions.RegionDirectory;
import org.eduaid.kit.security.Access;
import org.eduaid.kit.security.Caller;
import org.eduaid.kit.web.ConflictException;
import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.kit.web.ResourceNotFoundException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/** The student registry's use cases: register, look up, list, the enrolment lifecycle and flag edits. */
@Service
public class StudentRegistry {

    private final StudentRepository students;
    private final SchoolRepository schools;
    private final PersonIds personIds;
    private final RegionDirectory regions;
    private final ExternalFlagLookup externalFlags;
    private final ExternalFlagApplier flagApplier;
    private final StudentDuplicates duplicates;
    private final TraceContexts traces;
    private final Clock clock;

    public StudentRegistry(StudentRepository students, SchoolRepository schools, PersonIds personIds,
            RegionDirectory regions, ExternalFlagLookup externalFlags, ExternalFlagApplier flagApplier,
            StudentDuplicates duplicates, TraceContexts traces, Clock clock) {
        this.students = students;
        this.schools = schools;
        this.personIds = personIds;
        this.regions = regions;
        this.externalFlags = externalFlags;
        this.flagApplier = flagApplier;
        this.duplicates = duplicates;
        this.traces = traces;
        this.clock = clock;
    }

    /**
     * Registers a child, enrolled at once if the command says where. A clerk registers only with an
     * enrolment at their own school; a county officer children of their county's households or schools.
     * Flags outside systems reported before the child was a student are applied right after the
     * insert (insert first, then read: a record arriving meanwhile is applied by the sync instead).
     */
    public Mono<StoredStudent> register(RegisterStudent command) {
        return Access.permit("register students", StudentAccess.WRITERS)
                .flatMap(caller -> {
                    if (!regions.isCounty(command.household().countyCode())) {
                        return Mono.error(InvalidRequestException.of("householdCountyCode",
                                "is not a county in the national division list"));
                    }
                    String township = command.household().townshipCode();
                    if (township != null && regions.find(township).isEmpty()) {
                        return Mono.error(InvalidRequestException.of("householdTownshipCode",
                                "is not a township in the national division list"));
                    }
                    if (command.enrolment() == null) {
                        if (caller.role() == Role.SCHOOL_CLERK) {
                            return Mono.error(InvalidRequestException.of("enrolment",
                                    "a school clerk registers a student together with the enrolment at their school"));
                        }
                        return Access.withinScope(caller.canSeeRegion(command.household().countyCode()), caller,
                                "county " + command.household().countyCode()).then(Mono.<School>empty());
                    }
                    return school(command.enrolment().schoolCode())
                            .flatMap(school -> Access.withinScope(StudentAccess.canActAt(caller, school), school,
                                    "school " + school.code()));
                })
                .map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
                .flatMap(school -> Access.permit("register students", StudentAccess.WRITERS).flatMap(caller -> {
                    PersonId id = personIds.of(command.idNumber());
                    return Audit.action("student.register").then(Audit.touched("student:" + id)).then(Mono.defer(() -> {
                        java.time.Instant now = clock.instant();
                        ResultWithEvents<Student> result = Student.register(id, command.idNumber(), command.name(),
                                command.household(), command.guardianName(), command.flags(),
                                StudentAccess.sourceOf(caller), now);
                        if (school.isPresent()) {
                            RegisterStudent.NewEnrolment enrolment = command.enrolment();
                            result = Results.chain(result, result.aggregate().enrol(placementAt(school.get(),
                                    enrolment.stage(), enrolment.grade(), enrolment.boarding()), enrolment.on(), now));
                        }
                        ResultWithEvents<Student> registered = result;
                        return traces.current().flatMap(trace -> students.add(registered, trace)
                                .onErrorMap(AggregateAlreadyExistsException.class, e -> new ConflictException(
                                        "This ID number is already registered as student " + id
                                                + "; enrol or transfer that student instead."))
                                .map(version -> new StoredStudent(registered.aggregate(), version))
                                .flatMap(stored -> duplicates.detect(List.of(stored.student())).thenReturn(stored))
                                .flatMap(stored -> externalFlags.flagsOf(List.of(id))
                                        .flatMap(found -> flagApplier.applyOrKeep(stored, found.get(id), trace))));
                    }));
                }))
                .onErrorMap(StudentErrors::translate);
    }

    /** One student, if the caller may see it; shows the full name, so the read is audited as a disclosure. */
    public Mono<StoredStudent> find(PersonId id) {
        return Access.ifVisible(students.find(id), (caller, stored) -> StudentAccess.canSee(caller, stored.student()),
                        "student " + id)
                .flatMap(stored -> Audit.disclosed("student:" + id).thenReturn(stored));
    }

    /** The student with this ID number, looked up through its person id (the number never reaches a URL or log). */
    public Mono<StoredStudent> lookup(ResidentIdNumber idNumber) {
        return find(personIds.of(idNumber));
    }

    /**
     * A page of students: a clerk's own school; an officer's or auditor's county (enrolment or
     * household), which they must name and which must be in their scope.
     */
    public Mono<Page<StoredStudent>> search(StudentQuery query) {
        return Callers().flatMap(caller -> {
            if (caller.role() == Role.SCHOOL_CLERK) {
                String own = caller.school().orElse(null);
                if (own == null || query.schoolCode() != null && !query.schoolCode().equals(own)) {
                    return Mono.error(new ResourceNotFoundException("school " + query.schoolCode()));
                }
                return students.search(new StudentQuery(null, own, query.flag(), query.stage(), query.page(),
                        query.size()));
            }
            if (query.countyCode() == null) {
                return Mono.error(InvalidRequestException.of("countyCode", "is required: the county to list"));
            }
            return Access.withinScope(caller.canSeeRegion(query.countyCode()), query, "county " + query.countyCode())
                    .flatMap(students::search);
        });
    }

    public Mono<StoredStudent> enrol(PersonId id, long expectedVersion, String schoolCode, Stage stage, int grade,
            boolean boarding, LocalDate on) {
        return school(schoolCode).flatMap(school -> change("enrol", id, expectedVersion, StudentAccess.WRITERS,
                (caller, student) -> StudentAccess.canActAt(caller, school),
                student -> student.enrol(placementAt(school, stage, grade, boarding), on, clock.instant())));
    }

    public Mono<StoredStudent> promote(PersonId id, long expectedVersion, Stage stage, int grade, LocalDate on) {
        return change("promote", id, expectedVersion, StudentAccess.WRITERS, StudentAccess::canSee,
                student -> student.promote(stage, grade, on, clock.instant()));
    }

    /** By the officer of the sending county (the current enrolment's) or of the receiving one (the new school's). */
    public Mono<StoredStudent> transfer(PersonId id, long expectedVersion, String toSchoolCode, Stage stage, int grade,
            boolean boarding, LocalDate on) {
        return school(toSchoolCode).flatMap(school -> change("transfer", id, expectedVersion, StudentAccess.OFFICERS,
                (caller, student) -> StudentAccess.canSee(caller, student) || StudentAccess.canActAt(caller, school),
                student -> student.transfer(placementAt(school, stage, grade, boarding), on, clock.instant())));
    }

    public Mono<StoredStudent> suspend(PersonId id, long expectedVersion, SuspensionReason reason, LocalDate on) {
        return change("suspend", id, expectedVersion, StudentAccess.WRITERS, StudentAccess::canSee,
                student -> student.suspend(reason, on, clock.instant()));
    }

    public Mono<StoredStudent> resume(PersonId id, long expectedVersion, LocalDate on) {
        return change("resume", id, expectedVersion, StudentAccess.WRITERS, StudentAccess::canSee,
                student -> student.resume(on, clock.instant()));
    }

    public Mono<StoredStudent> withdraw(PersonId id, long expectedVersion, WithdrawalReason reason, LocalDate on) {
        return change("withdraw", id, expectedVersion, StudentAccess.WRITERS, StudentAccess::canSee,
                student -> student.withdraw(reason, on, clock.instant()));
    }

    public Mono<StoredStudent> graduate(PersonId id, long expectedVersion, LocalDate on) {
        return change("graduate", id, expectedVersion, StudentAccess.WRITERS, StudentAccess::canSee,
                student -> student.graduate(on, clock.instant()));
    }

    /** An officer's edit of flags (left-behind, relocated and the others), recorded with their role and name. */
    public Mono<StoredStudent> editFlags(PersonId id, long expectedVersion, List<FlagSetting> settings,
            LocalDate effectiveOn) {
        return Access.permit("edit flags", StudentAccess.OFFICERS).flatMap(caller -> change("flags", id,
                expectedVersion, StudentAccess.OFFICERS, StudentAccess::canSee,
                student -> student.setFlags(settings, StudentAccess.sourceOf(caller), effectiveOn, clock.instant())));
    }

    private Mono<StoredStudent> change(String action, PersonId id, long expectedVersion, Role[] roles,
            BiFunction<Caller, Student, Boolean> mayAct, java.util.function.Function<Student, ResultWithEvents<Student>> command) {
        return Access.permit(action + " students", roles)
                .flatMap(caller -> Access.ifVisible(students.find(id),
                        (who, stored) -> mayAct.apply(who, stored.student()), "student " + id))
                .flatMap(stored -> Audit.action("student." + action).then(Audit.touched("student:" + id))
                        .then(Mono.defer(() -> {
                            if (stored.version() != expectedVersion) {
                                return Mono.error(new StaleAggregateException("students", id.value(), expectedVersion));
                            }
                            ResultWithEvents<Student> result = command.apply(stored.student());
                            if (result.events().isEmpty()) {
                                return Mono.just(stored);
                            }
                            return traces.current().flatMap(trace -> students.update(expectedVersion, result, trace))
                                    .map(version -> new StoredStudent(result.aggregate(), version));
                        })))
                .onErrorMap(StudentErrors::translate);
    }

    private Mono<School> school(String schoolCode) {
        if (schoolCode == null || !schoolCode.matches("\\d{10}")) {
            return Mono.error(InvalidRequestException.of("schoolCode", "must be exactly 10 digits"));
        }
        return schools.find(new SchoolCode(schoolCode))
                .switchIfEmpty(Mono.error(() -> InvalidRequestException.of("schoolCode", "is not a registered school")));
    }

    private static Placement placementAt(School school, Stage stage, int grade, boolean boarding) {
        return new Placement(school.code().value(), school.countyCode(), stage, grade, boarding);
    }

    private static Mono<Caller> Callers() {
        return org.eduaid.kit.security.Callers.current();
    }
}
