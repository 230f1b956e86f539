package org.eduaid.subsidy.notice.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.eduaid.subsidy.review.ReviewMother.KESHIKETENG;
import static org.eduaid.subsidy.review.ReviewMother.LINXI;
import static org.eduaid.subsidy.review.ReviewMother.MASKED_ID;
import static org.eduaid.subsidy.review.ReviewMother.applicationId;
import static org.eduaid.subsidy.review.ReviewMother.eligible;
import static org.eduaid.subsidy.review.ReviewMother.events;
import static org.eduaid.subsidy.review.ReviewMother.get;
import static org.eduaid.subsidy.review.ReviewMother.getText;
import static org.eduaid.subsidy.review.ReviewMother.post;
import static org.eduaid.subsidy.review.ReviewMother.student;
import static org.eduaid.subsidy.review.ReviewMother.types;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eduaid.contracts.Topics;
import org.eduaid.kit.events.TraceContexts;
import org.eduaid.subsidy.notice.application.NoticeClosingJob;
import org.eduaid.subsidy.notice.application.NoticeRepository;
import org.eduaid.subsidy.review.ReviewMother;
import org.eduaid.subsidy.review.application.AidCalendar;
import org.eduaid.subsidy.review.application.ApplicationChanges;
import org.eduaid.subsidy.review.application.ApplicationRepository;
import org.eduaid.subsidy.review.application.ApprovedAid;
import org.eduaid.subsidy.review.application.AutomaticApplications;
import org.eduaid.subsidy.testsupport.StagedAidStudents;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.security.EndpointCall;
import org.eduaid.testkit.security.RoleMatrix;
import org.eduaid.testkit.security.TestCallers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Public notices on the real store and broker: what the public view shows (and never shows), objections,
 * closing only once ended with every objection resolved, taken down after, and closing carried on after a crash.
 * The closing job is run "as of" a later day instead of moving the clock.
 */
@EduAidServiceTest
class NoticeIntegrationTest {

    @Autowired
    WebTestClient web;

    @Autowired
    AutomaticApplications automatic;

    @Autowired
    ApprovedAid approvedAid;

    @Autowired
    StagedAidStudents students;

    @Autowired
    NoticeClosingJob closingJob;

    @Autowired
    NoticeRepository notices;

    @Autowired
    ApplicationRepository applications;

    @Autowired
    ApplicationChanges changes;

    @Autowired
    TraceContexts traces;

    @Autowired
    AidCalendar calendar;

    @Test
    void aNoticeShowsNoIdNumberTakesObjectionsAndClosesOnceEndedAndResolved() {
        String programme = ReviewMother.freshProgramme();
        String school = ReviewMother.freshSchool(LINXI);
        ReviewMother.registerSchool(school, LINXI, "林西县第一小学");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get(TestCallers.platformAdmin().signIn(web),
                "/api/subsidies/schools/" + school, 200));
        List<String> pupils = acceptedApplications(programme, school, 3);
        WebTestClient officer = TestCallers.countyOfficer(LINXI).signIn(web);

        Map<String, Object> notice = post(officer, "/api/subsidies/notices", publication(programme), 201);
        String noticeId = (String) notice.get("noticeId");
        assertThat(notice).containsEntry("state", "PUBLISHED").containsEntry("applications", 3)
                .containsEntry("workingDays", 5);
        assertThat(LocalDate.parse((String) notice.get("endsOn"))).isAfter(calendar.today().plusDays(4));

        String entries = getText(TestCallers.schoolClerk(LINXI, school).signIn(web),
                "/api/subsidies/notices/" + noticeId + "/entries", 200);
        assertThat(entries).contains("王*明", "林西县第一小学", programme, "PRIMARY")
                .doesNotContain(MASKED_ID, "IdNumber", "idNumber", "birth", "address", "phone");
        assertThat(get(officer, "/api/subsidies/applications?countyCode=" + LINXI + "&programmeCode=" + programme
                + "&state=ON_NOTICE", 200).get("total")).isEqualTo(3);

        String upheld = objection(officer, noticeId, applicationId(pupils.get(0), programme));
        String dismissed = objection(officer, noticeId, applicationId(pupils.get(1), programme));
        post(officer, "/api/subsidies/notices/" + noticeId + "/objections", """
                {"applicationId":"%s","text":"不在本公示"}""".formatted(applicationId(ReviewMother.freshStudentId(),
                programme)), 400);
        post(officer, "/api/subsidies/notices/" + noticeId + "/objections/" + upheld + "/resolution",
                resolution(true), 200);

        Map<String, Object> early = post(officer, "/api/subsidies/notices/" + noticeId + "/closure", "{}", 409);
        assertThat((String) early.get("detail")).contains("is up until");
        closingJob.runOn(calendar.today().plusDays(30)).block();
        assertThat(get(officer, "/api/subsidies/notices/" + noticeId, 200)).containsEntry("state", "PUBLISHED")
                .containsEntry("openObjections", List.of(dismissed));

        post(officer, "/api/subsidies/notices/" + noticeId + "/objections/" + dismissed + "/resolution",
                resolution(false), 200);
        closingJob.runOn(calendar.today().plusDays(30)).block();

        assertThat(get(officer, "/api/subsidies/notices/" + noticeId, 200)).containsEntry("state", "CLOSED")
                .containsEntry("approved", 2).containsEntry("rejected", 1);
        get(officer, "/api/subsidies/notices/" + noticeId + "/entries", 410);
        assertThat(get(officer, "/api/subsidies/applications/" + applicationId(pupils.get(0), programme), 200))
                .containsEntry("state", "REJECTED");
        assertThat(approvedAid.approved(LINXI, programme, ReviewMother.YEAR).collectList().block())
                .extracting(a -> a.studentId()).containsExactlyInAnyOrder(pupils.get(1), pupils.get(2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(types(events(Topics.SUBSIDY_NOTICES, noticeId))).containsExactly(
                    "eduaid.subsidy.AidNoticePublished.v1", "eduaid.subsidy.AidNoticeObjectionRecorded.v1",
                    "eduaid.subsidy.AidNoticeObjectionRecorded.v1", "eduaid.subsidy.AidNoticeObjectionResolved.v1",
                    "eduaid.subsidy.AidNoticeObjectionResolved.v1", "eduaid.subsidy.AidNoticeClosed.v1");
            assertThat(types(events(Topics.SUBSIDY_APPLICATIONS, applicationId(pupils.get(2), programme))))
                    .containsExactly("eduaid.subsidy.AidApplicationSubmitted.v1",
                            "eduaid.subsidy.AidApplicationReviewed.v1", "eduaid.subsidy.AidApplicationApproved.v1");
        });
    }

    @Test
    void closingCarriesOnAfterACrashAndDecidesEachApplicationOnce() {
        String programme = ReviewMother.freshProgramme();
        List<String> pupils = acceptedApplications(programme, ReviewMother.freshSchool(LINXI), 4);
        WebTestClient officer = TestCallers.countyOfficer(LINXI).signIn(web);
        String noticeId = (String) post(officer, "/api/subsidies/notices", publication(programme), 201).get("noticeId");
        String first = applicationId(pupils.get(0), programme);

        // the crash: the notice went CLOSING and one application was approved, then the process died
        var trace = traces.current().block();
        var found = notices.find(noticeId).block();
        notices.update(found.notice().startClosing(calendar.today().plusDays(30)), found.version(), trace).block();
        changes.apply(applications.find(first).block(),
                a -> java.util.Optional.of(a.approve(noticeId, java.time.Instant.now())), trace).block();
        long approvedVersion = applications.find(first).block().version();

        closingJob.runOn(calendar.today()).block();
        closingJob.runOn(calendar.today()).block();

        assertThat(get(officer, "/api/subsidies/notices/" + noticeId, 200)).containsEntry("state", "CLOSED")
                .containsEntry("approved", 4).containsEntry("rejected", 0);
        assertThat(applications.find(first).block().version()).isEqualTo(approvedVersion);
        assertThat(get(officer, "/api/subsidies/applications?countyCode=" + LINXI + "&programmeCode=" + programme
                + "&state=APPROVED", 200).get("total")).isEqualTo(4);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                types(events(Topics.SUBSIDY_APPLICATIONS, first)).stream()
                        .filter("eduaid.subsidy.AidApplicationApproved.v1"::equals)).hasSize(1));
    }

    @Test
    void aNoticeNeedsAcceptedApplicationsAndACountyInScope() {
        String programme = ReviewMother.freshProgramme();
        post(TestCallers.countyOfficer(LINXI).signIn(web), "/api/subsidies/notices", publication(programme), 409);
        acceptedApplications(programme, ReviewMother.freshSchool(LINXI), 1);
        post(TestCallers.countyOfficer(KESHIKETENG).signIn(web), "/api/subsidies/notices", publication(programme), 404);
        post(TestCallers.schoolClerk(LINXI, "1150424001").signIn(web), "/api/subsidies/notices", publication(programme), 403);
        post(TestCallers.cityOfficer("1504").signIn(web), "/api/subsidies/notices", publication(programme), 403);
        post(TestCallers.auditor("15").signIn(web), "/api/subsidies/notices", publication(programme), 403);
        post(TestCallers.countyOfficer(LINXI).signIn(web), "/api/subsidies/notices", """
                {"countyCode":"150400","programmeCode":"%s","schoolYear":"2024-2025"}""".formatted(programme), 400);
    }

    @TestFactory
    Stream<DynamicTest> aNoticeIsReadWithinItsRegionAndWorkedOnByTheCounty() {
        String programme = ReviewMother.freshProgramme();
        acceptedApplications(programme, ReviewMother.freshSchool(LINXI), 1);
        String noticeId = (String) post(TestCallers.countyOfficer(LINXI).signIn(web), "/api/subsidies/notices",
                publication(programme), 201).get("noticeId");
        Stream<DynamicTest> reads = Stream.of("/api/subsidies/notices/" + noticeId,
                        "/api/subsidies/notices/" + noticeId + "/entries")
                .flatMap(uri -> RoleMatrix.of(EndpointCall.get(uri))
                        .expect("a Linxi school clerk", TestCallers.schoolClerk(LINXI, "1150424001"), 200)
                        .expect("Linxi's officer", TestCallers.countyOfficer(LINXI), 200)
                        .expect("a neighbouring county's officer", TestCallers.countyOfficer(KESHIKETENG), 404)
                        .expect("Chifeng's officer", TestCallers.cityOfficer("1504"), 200)
                        .expect("Inner Mongolia's auditor", TestCallers.auditor("15"), 200)
                        .expect("Tibet's officer", TestCallers.provinceOfficer("54"), 404)
                        .expect("the platform admin", TestCallers.platformAdmin(), 200)
                        .tests(web));
        // closing before the end: whoever passes the access checks gets 409
        Stream<DynamicTest> closing = RoleMatrix.of(EndpointCall.post("/api/subsidies/notices/" + noticeId + "/closure", "{}"))
                .expect("a Linxi school clerk", TestCallers.schoolClerk(LINXI, "1150424001"), 403)
                .expect("Linxi's officer", TestCallers.countyOfficer(LINXI), 409)
                .expect("a neighbouring county's officer", TestCallers.countyOfficer(KESHIKETENG), 404)
                .expect("Chifeng's officer", TestCallers.cityOfficer("1504"), 403)
                .expect("Inner Mongolia's auditor", TestCallers.auditor("15"), 403)
                .expect("the platform admin", TestCallers.platformAdmin(), 409)
                .tests(web);
        return Stream.concat(reads, closing);
    }

    private List<String> acceptedApplications(String programme, String school, int count) {
        List<String> pupils = Stream.generate(ReviewMother::freshStudentId).limit(count).toList();
        pupils.forEach(p -> students.put(student(p, LINXI, school, programme)));
        automatic.putForward(pupils.stream().map(p -> eligible(p, programme, LINXI, school)).toList()).block();
        post(TestCallers.countyOfficer(LINXI).signIn(web), "/api/subsidies/applications/reviews", """
                {"countyCode":"%s","programmeCode":"%s","schoolYear":"2024-2025","all":true,"accepted":true}"""
                .formatted(LINXI, programme), 200);
        return pupils;
    }

    private String objection(WebTestClient officer, String noticeId, String applicationId) {
        Map<String, Object> changed = post(officer, "/api/subsidies/notices/" + noticeId + "/objections", """
                {"applicationId":"%s","text":"群众反映该生家庭条件较好"}""".formatted(applicationId), 201);
        @SuppressWarnings("unchecked")
        List<String> open = (List<String>) changed.get("openObjections");
        return open.get(open.size() - 1);
    }

    private static String publication(String programme) {
        return """
                {"countyCode":"%s","programmeCode":"%s","schoolYear":"2024-2025"}""".formatted(LINXI, programme);
    }

    private static String resolution(boolean upheld) {
        return """
                {"upheld":%s,"note":"经入户核实"}""".formatted(upheld);
    }

}
