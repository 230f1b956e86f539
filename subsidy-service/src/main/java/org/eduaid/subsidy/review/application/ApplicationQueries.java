package org.eduaid.subsidy.review.application;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eduaid.contracts.identity.Role;
import org.eduaid.kit.audit.Audit;
import org.eduaid.kit.regions.RegionDirectory;
import org.eduaid.kit.security.Access;
import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.subsidy.catalogue.domain.StudentFacts;
import org.eduaid.subsidy.eligibility.application.AidStudent;
import org.eduaid.subsidy.eligibility.application.AidStudents;
import org.eduaid.subsidy.review.domain.ApplicationId;
import org.eduaid.subsidy.review.domain.ApplicationState;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * The county's list of applications, with the student's masked name and ID number (a disclosure,
 * audited); a school clerk sees their own school's only. Everyone else sees the counties in their scope.
 */
@Service
public class ApplicationQueries {

    private final ApplicationRepository applications;
    private final AidStudents students;
    private final RegionDirectory regions;

    public ApplicationQueries(ApplicationRepository applications, AidStudents students, RegionDirectory regions) {
        this.applications = applications;
        this.students = students;
        this.regions = regions;
    }

    public Mono<Listing> list(String countyCode, String programmeCode, String schoolYear, ApplicationState state,
            int page, int size) {
        return Access.permit("read aid applications", Role.values())
                .flatMap(caller -> {
                    if (countyCode == null || !regions.isCounty(countyCode)) {
                        return Mono.error(InvalidRequestException.of("countyCode",
                                "is not a county in the national division list"));
                    }
                    String year = schoolYear == null || schoolYear.isBlank() ? null
                            : ApplicationWorkflow.schoolYearOf(schoolYear).id();
                    String school = caller.role() == Role.SCHOOL_CLERK ? caller.school().orElse("-") : null;
                    ApplicationFilter filter = new ApplicationFilter(null, countyCode, blankToNull(programmeCode), year,
                            state == null ? Set.of() : Set.of(state), school, null);
                    return Access.withinScope(caller.canSeeRegion(countyCode), caller, "county " + countyCode)
                            .then(applications.search(filter, page, size))
                            .flatMap(this::withStudents);
                });
    }

    public Mono<Row> find(String applicationId) {
        return Access.permit("read aid applications", Role.values())
                .flatMap(caller -> {
                    if (!ApplicationId.isValid(applicationId)) {
                        return Mono.error(InvalidRequestException.of("applicationId", "is not an application id"));
                    }
                    return Access.ifVisible(applications.find(applicationId),
                            (who, found) -> who.canSeeSchool(found.application().schoolCode(),
                                    found.application().countyCode()),
                            "application " + applicationId);
                })
                .flatMap(found -> withStudents(new ApplicationPage(List.of(found), 1, 0, 1)))
                .map(listing -> listing.rows().get(0));
    }

    private Mono<Listing> withStudents(ApplicationPage page) {
        List<String> ids = page.applications().stream().map(v -> v.application().studentId()).distinct().toList();
        String[] records = page.applications().stream()
                .map(v -> ApplicationWorkflow.recordId(v.application().id())).toArray(String[]::new);
        return students.find(ids)
                .flatMap(found -> Audit.disclosed(records).thenReturn(found))
                .map(found -> new Listing(page.applications().stream().map(v -> Row.of(v, found)).toList(),
                        page.total(), page.page(), page.size()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** A page of the list. */
    public record Listing(List<Row> rows, long total, int page, int size) {
    }

    /** One application as lists show it; the student's masked forms and stage as they are now. */
    public record Row(VersionedApplication application, String maskedName, String maskedIdNumber, String stage) {

        static Row of(VersionedApplication v, Map<String, AidStudent> students) {
            AidStudent student = students.get(v.application().studentId());
            StudentFacts.Enrolment enrolment = student == null ? null : student.facts().enrolment();
            return new Row(v, student == null ? null : student.maskedName(),
                    student == null ? null : student.maskedIdNumber(),
                    enrolment == null || enrolment.stage() == null ? null : enrolment.stage().name());
        }
    }
}
