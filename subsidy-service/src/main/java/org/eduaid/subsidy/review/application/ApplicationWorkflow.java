package org.eduaid.subsidy.review.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eduaid.contracts.identity.Role;
import org.eduaid.kit.audit.Audit;
import org.eduaid.kit.events.TraceContexts;
import org.eduaid.kit.outbox.AggregateAlreadyExistsException;
import org.eduaid.kit.outbox.StaleAggregateException;
import org.eduaid.kit.regions.RegionDirectory;
import org.eduaid.kit.security.Access;
import org.eduaid.kit.security.Caller;
import org.eduaid.kit.web.ConflictException;
import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.kit.web.ResourceNotFoundException;
import org.eduaid.subsidy.calendar.SchoolYear;
import org.eduaid.subsidy.catalogue.domain.StudentFacts;
import org.eduaid.subsidy.eligibility.application.AidStudent;
import org.eduaid.subsidy.eligibility.application.AidStudents;
import org.eduaid.subsidy.review.domain.AidApplication;
import org.eduaid.subsidy.review.domain.ApplicationId;
import org.eduaid.subsidy.review.domain.ApplicationState;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * The commands on applications: a school applies for its own student with a reason; the county
 * reviews, one at a time (naming the version it read) or many at once. Both go the same path after.
 */
@Service
public class ApplicationWorkflow {

    static final int MOST_IDS_PER_REVIEW = 1_000;

    private final ApplicationRepository applications;
    private final ApplicationChanges changes;
    private final AidStudents students;
    private final RegionDirectory regions;
    private final TraceContexts traces;
    private final Clock clock;

    public ApplicationWorkflow(ApplicationRepository applications, ApplicationChanges changes, AidStudents students,
            RegionDirectory regions, TraceContexts traces, Clock clock) {
        this.applications = applications;
        this.changes = changes;
        this.students = students;
        this.regions = regions;
        this.traces = traces;
        this.clock = clock;
    }

    /** A school clerk puts their own student forward, with a reason; the student's school decides the county. */
    public Mono<VersionedApplication> applyBySchool(String studentId, String programmeCode, String schoolYear,
            String reason) {
        return Access.permit("apply for aid for a student", Role.SCHOOL_CLERK, Role.PLATFORM_ADMIN)
                .flatMap(caller -> {
                    if (!ApplicationId.isStudentId(studentId)) {
                        return Mono.error(InvalidRequestException.of("studentId", "is not a student id"));
                    }
                    if (programmeCode == null || !programmeCode.matches("[A-Z0-9_-]{2,40}")) {
                        return Mono.error(InvalidRequestException.of("programmeCode", "is not a programme code"));
                    }
                    SchoolYear year = schoolYearOf(schoolYear);
                    return students.find(List.of(studentId))
                            .flatMap(found -> Mono.justOrEmpty(Optional.ofNullable(found.get(studentId))))
                            .filter(student -> ownStudent(caller, student))
                            .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("student " + studentId)))
                            .flatMap(student -> apply(student, programmeCode, year, reason));
                })
                .onErrorMap(ReviewErrors::translate);
    }

    /** The county's review of one application, read at {@code expectedVersion}. */
    public Mono<VersionedApplication> review(String applicationId, boolean accepted, String note, long expectedVersion) {
        return Access.permit("review aid applications", Role.COUNTY_OFFICER, Role.PLATFORM_ADMIN)
                .flatMap(caller -> {
                    if (!ApplicationId.isValid(applicationId)) {
                        return Mono.error(InvalidRequestException.of("applicationId", "is not an application id"));
                    }
                    return Access.ifVisible(applications.find(applicationId),
                                    (who, found) -> who.canSeeRegion(found.application().countyCode()),
                                    "application " + applicationId)
                            .flatMap(found -> {
                                if (found.version() != expectedVersion) {
                                    return Mono.error(new StaleAggregateException("aid_applications", applicationId,
                                            expectedVersion));
                                }
                                var reviewed = found.application().review(accepted, note, caller.subject(), clock.instant());
                                return Audit.action("aid-application.review").then(Audit.touched(recordId(applicationId)))
                                        .then(traces.current())
                                        .flatMap(trace -> applications.update(reviewed, expectedVersion, trace))
                                        .map(version -> new VersionedApplication(reviewed.aggregate(), version));
                            });
                })
                .onErrorMap(ReviewErrors::translate);
    }

    /**
     * Reviews many submitted applications of a county, programme and year at once: those named, or all.
     * Applications no longer submitted (reviewed or withdrawn meanwhile) are skipped, not failed.
     */
    public Mono<BulkReview> reviewAll(String countyCode, String programmeCode, String schoolYear, List<String> ids,
            boolean all, boolean accepted, String note) {
        return Access.permit("review aid applications", Role.COUNTY_OFFICER, Role.PLATFORM_ADMIN)
                .flatMap(caller -> {
                    requireCounty(countyCode);
                    SchoolYear year = schoolYearOf(schoolYear);
                    if (programmeCode == null || programmeCode.isBlank()) {
                        throw InvalidRequestException.of("programmeCode", "is required");
                    }
                    Set<String> named = ids == null ? Set.of() : Set.copyOf(ids);
                    if (all == !named.isEmpty()) {
                        throw InvalidRequestException.of("applicationIds", "name the applications, or set all, not both");
                    }
                    if (named.size() > MOST_IDS_PER_REVIEW) {
                        throw InvalidRequestException.of("applicationIds", "at most " + MOST_IDS_PER_REVIEW + " at once");
                    }
                    if (!accepted && (note == null || note.isBlank())) {
                        throw InvalidRequestException.of("note", "is required to reject");
                    }
                    return Access.withinScope(caller.canSeeRegion(countyCode), caller, "county " + countyCode)
                            .then(Audit.action("aid-application.review-all"))
                            .then(traces.current())
                            .flatMap(trace -> applications.matching(ApplicationFilter.county(countyCode, programmeCode,
                                            year.id(), Set.of(ApplicationState.SUBMITTED)))
                                    .filter(v -> all || named.contains(v.application().id()))
                                    .collectList()
                                    .flatMap(submitted -> changes.applyAll(submitted,
                                                    a -> a.state() == ApplicationState.SUBMITTED
                                                            ? Optional.of(a.review(accepted, note, caller.subject(),
                                                                    clock.instant()))
                                                            : Optional.empty(),
                                                    trace)
                                            .count()
                                            .map(reviewed -> new BulkReview(reviewed.intValue(),
                                                    all ? 0 : named.size() - reviewed.intValue()))));
                })
                .onErrorMap(ReviewErrors::translate);
    }

    public static String recordId(String applicationId) {
        return "aid-application:" + applicationId;
    }

    private Mono<VersionedApplication> apply(AidStudent student, String programmeCode, SchoolYear year, String reason) {
        StudentFacts.Enrolment enrolment = student.facts().enrolment();
        String studentId = student.facts().studentId();
        String id = ApplicationId.of(studentId, programmeCode, year);
        if (enrolment == null) {
            return Mono.error(new ConflictException("The student is not at a school; a school applies for its own students."));
        }
        return Audit.action("aid-application.apply").then(Audit.touched(recordId(id)))
                .then(traces.current())
                .flatMap(trace -> applications.find(id)
                        .flatMap(existing -> {
                            var again = existing.application().applyBySchoolAgain(enrolment.countyCode(),
                                    enrolment.schoolCode(), reason, clock.instant());
                            return applications.update(again, existing.version(), trace)
                                    .map(version -> new VersionedApplication(again.aggregate(), version));
                        })
                        .switchIfEmpty(Mono.defer(() -> {
                            var submitted = AidApplication.applyBySchool(studentId, programmeCode, year,
                                    enrolment.countyCode(), enrolment.schoolCode(), reason, clock.instant());
                            return applications.add(submitted, trace)
                                    .map(version -> new VersionedApplication(submitted.aggregate(), version));
                        })))
                .onErrorMap(AggregateAlreadyExistsException.class, e -> new ConflictException(
                        "The student was already put forward for this programme and school year."));
    }

    /** A clerk applies for students at their own school only; nobody applies for a student not at a school. */
    private static boolean ownStudent(Caller caller, AidStudent student) {
        StudentFacts.Enrolment enrolment = student.facts().enrolment();
        if (enrolment == null) {
            return caller.role() != Role.SCHOOL_CLERK;
        }
        return caller.canSeeSchool(enrolment.schoolCode(), enrolment.countyCode());
    }

    private void requireCounty(String countyCode) {
        if (countyCode == null || !regions.isCounty(countyCode)) {
            throw InvalidRequestException.of("countyCode", "is not a county in the national division list");
        }
    }

    static SchoolYear schoolYearOf(String schoolYear) {
        try {
            return SchoolYear.parse(schoolYear);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of("schoolYear", "is written like 2024-2025");
        }
    }

    /** How a bulk review went: applications reviewed, and named ones skipped because they were no longer submitted. */
    public record BulkReview(int reviewed, int skipped) {
    }
}
