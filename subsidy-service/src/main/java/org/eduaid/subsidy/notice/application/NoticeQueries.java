package org.eduaid.subsidy.notice.application;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eduaid.contracts.identity.Role;
import org.eduaid.kit.audit.Audit;
import org.eduaid.kit.security.Access;
import org.eduaid.kit.web.ResourceNotFoundException;
import org.eduaid.subsidy.catalogue.domain.StudentFacts;
import org.eduaid.subsidy.eligibility.application.AidStudent;
import org.eduaid.subsidy.eligibility.application.AidStudents;
import org.eduaid.subsidy.notice.domain.NoticeState;
import org.eduaid.subsidy.review.application.ApplicationFilter;
import org.eduaid.subsidy.review.application.ApplicationPage;
import org.eduaid.subsidy.review.application.ApplicationRepository;
import org.eduaid.subsidy.review.domain.AidApplication;
import org.eduaid.subsidy.review.domain.ApplicationState;
import org.eduaid.subsidy.school.application.AidSchool;
import org.eduaid.subsidy.school.application.AidSchools;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Notices as the county shows them. The entries are the public view: masked name, school, programme
 * and stage, and nothing else of the student (no ID number, not even masked; no address, phone or
 * birth date). A closed notice is taken down: its entries are gone (410).
 */
@Service
public class NoticeQueries {

    private final NoticeRepository notices;
    private final ApplicationRepository applications;
    private final AidStudents students;
    private final AidSchools schools;

    public NoticeQueries(NoticeRepository notices, ApplicationRepository applications, AidStudents students,
            AidSchools schools) {
        this.notices = notices;
        this.applications = applications;
        this.students = students;
        this.schools = schools;
    }

    /** The notice itself; objections (with the officer's words) only for those who handle or audit them. */
    public Mono<NoticeView> find(String noticeId) {
        return Access.permit("read aid notices", Role.values())
                .flatMap(caller -> visible(noticeId)
                        .map(found -> new NoticeView(found, caller.role() != Role.SCHOOL_CLERK)));
    }

    public Mono<Entries> entries(String noticeId, int page, int size) {
        return Access.permit("read aid notices", Role.values())
                .flatMap(caller -> visible(noticeId))
                .flatMap(found -> {
                    if (found.notice().state() == NoticeState.CLOSED || found.notice().state() == NoticeState.CLOSING) {
                        return Mono.error(new ResponseStatusException(HttpStatus.GONE,
                                "Notice " + noticeId + " has ended and was taken down."));
                    }
                    if (found.notice().state() == NoticeState.PUBLISHING) {
                        return Mono.error(new ResourceNotFoundException("notice " + noticeId));
                    }
                    return applications.search(ApplicationFilter.onNotice(noticeId, Set.of(ApplicationState.ON_NOTICE)),
                            page, size).flatMap(shown -> entriesOf(found, shown));
                });
    }

    private Mono<Entries> entriesOf(VersionedNotice notice, ApplicationPage shown) {
        List<AidApplication> rows = shown.applications().stream().map(v -> v.application()).toList();
        List<String> studentIds = rows.stream().map(AidApplication::studentId).distinct().toList();
        Mono<Map<String, AidSchool>> schoolNames = Flux.fromIterable(rows.stream().map(AidApplication::schoolCode)
                        .filter(java.util.Objects::nonNull).distinct().toList())
                .flatMap(schools::find)
                .collectMap(AidSchool::schoolCode);
        String[] records = rows.stream().map(a -> "aid-application:" + a.id()).toArray(String[]::new);
        return Mono.zip(students.find(studentIds), schoolNames)
                .flatMap(both -> Audit.disclosed(records).thenReturn(both))
                .map(both -> new Entries(notice, rows.stream().map(a -> {
                    AidStudent student = both.getT1().get(a.studentId());
                    AidSchool school = a.schoolCode() == null ? null : both.getT2().get(a.schoolCode());
                    StudentFacts.Enrolment enrolment = student == null ? null : student.facts().enrolment();
                    return new Entry(a.id(), student == null ? null : student.maskedName(),
                            school == null ? null : school.name(), a.programmeCode(),
                            enrolment == null || enrolment.stage() == null ? null : enrolment.stage().name());
                }).toList(), shown.total(), shown.page(), shown.size()));
    }

    private Mono<VersionedNotice> visible(String noticeId) {
        return Access.ifVisible(notices.find(noticeId), (who, found) -> who.canSeeRegion(found.notice().countyCode()),
                "notice " + noticeId);
    }

    public record NoticeView(VersionedNotice notice, boolean withObjections) {
    }

    /** One line of the public notice; the application id lets an objection name it. */
    public record Entry(String applicationId, String maskedName, String schoolName, String programmeCode, String stage) {
    }

    public record Entries(VersionedNotice notice, List<Entry> entries, long total, int page, int size) {
    }
}
