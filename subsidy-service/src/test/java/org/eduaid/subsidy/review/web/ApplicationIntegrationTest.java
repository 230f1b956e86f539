package org.eduaid.subsidy.review.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.eduaid.subsidy.review.ReviewMother.KESHIKETENG;
import static org.eduaid.subsidy.review.ReviewMother.LINXI;
import static org.eduaid.subsidy.review.ReviewMother.MASKED_ID;
import static org.eduaid.subsidy.review.ReviewMother.applicationId;
import static org.eduaid.subsidy.review.ReviewMother.eligible;
import static org.eduaid.subsidy.review.ReviewMother.events;
import static org.eduaid.subsidy.review.ReviewMother.get;
import static org.eduaid.subsidy.review.ReviewMother.post;
import static org.eduaid.subsidy.review.ReviewMother.student;
import static org.eduaid.subsidy.review.ReviewMother.types;
import static org.eduaid.subsidy.review.ReviewMother.version;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eduaid.contracts.Topics;
import org.eduaid.subsidy.review.ReviewMother;
import org.eduaid.subsidy.review.application.ApprovedAid;
import org.eduaid.subsidy.review.application.AutomaticApplications;
import org.eduaid.subsidy.testsupport.StagedAidStudents;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.security.EndpointCall;
import org.eduaid.testkit.security.RoleMatrix;
import org.eduaid.testkit.security.TestCallers;
import org.eduaid.testkit.security.TokenAttacks;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Applications on the real store and broker: automatic and by schools, the county's review and list, who may do what. */
@EduAidServiceTest
class ApplicationIntegrationTest {

    @Autowired
    WebTestClient web;

    @Autowired
    AutomaticApplications automatic;

    @Autowired
    ApprovedAid approvedAid;

    @Autowired
    StagedAidStudents students;

    @Test
    void eligibleStudentsAppearOnTheCountysListWithoutAnyoneApplyingAndOnlyOnce() {
        String programme = ReviewMother.freshProgramme();
        String school = ReviewMother.freshSchool(LINXI);
        String a = ReviewMother.freshStudentId();
        String b = ReviewMother.freshStudentId();
        students.put(student(a, LINXI, school, programme));
        students.put(student(b, LINXI, school, programme));

        automatic.putForward(List.of(eligible(a, programme, LINXI, school), eligible(b, programme, LINXI, school))).block();
        automatic.putForward(List.of(eligible(a, programme, LINXI, school))).block();

        Map<String, Object> page = get(TestCallers.countyOfficer(LINXI).signIn(web),
                "/api/subsidies/applications?countyCode=" + LINXI + "&programmeCode=" + programme
                        + "&schoolYear=2024-2025&state=SUBMITTED", 200);
        assertThat(page.get("total")).isEqualTo(2);
        @SuppressWarnings("unchecked")
        Map<String, Object> row = ((List<Map<String, Object>>) page.get("applications")).get(0);
        assertThat(row).containsEntry("maskedName", "王*明").containsEntry("maskedIdNumber", MASKED_ID)
                .containsEntry("origin", "AUTOMATIC").containsEntry("ruleCode", "REGISTERED_POOR")
                .containsEntry("stage", "PRIMARY").containsEntry("schoolCode", school).containsEntry("version", 1);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                types(events(Topics.SUBSIDY_APPLICATIONS, applicationId(a, programme))))
                .containsExactly("eduaid.subsidy.AidApplicationSubmitted.v1"));
    }

    @Test
    void aStudentWhoMovedCountyTakesTheApplicationAlongAndOneWhoLostEligibilityIsWithdrawn() {
        String programme = ReviewMother.freshProgramme();
        String mover = ReviewMother.freshStudentId();
        String leaver = ReviewMother.freshStudentId();
        automatic.putForward(List.of(eligible(mover, programme, LINXI, "1150424001"),
                eligible(leaver, programme, LINXI, "1150424001"))).block();

        automatic.putForward(List.of(eligible(mover, programme, KESHIKETENG, "1150425001"))).block();
        automatic.withdraw(List.of(eligible(leaver, programme, LINXI, "1150424001")), "LEFT_SCHOOL").block();
        automatic.withdraw(List.of(eligible(leaver, programme, LINXI, "1150424001")), "LEFT_SCHOOL").block();

        Map<String, Object> moved = get(TestCallers.countyOfficer(KESHIKETENG).signIn(web),
                "/api/subsidies/applications/" + applicationId(mover, programme), 200);
        assertThat(moved).containsEntry("countyCode", KESHIKETENG).containsEntry("state", "SUBMITTED");
        get(TestCallers.countyOfficer(LINXI).signIn(web), "/api/subsidies/applications/" + applicationId(mover, programme), 404);
        Map<String, Object> withdrawn = get(TestCallers.countyOfficer(LINXI).signIn(web),
                "/api/subsidies/applications/" + applicationId(leaver, programme), 200);
        assertThat(withdrawn).containsEntry("state", "WITHDRAWN").containsEntry("withdrawalReason", "LEFT_SCHOOL")
                .containsEntry("version", 2);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(types(events(Topics.SUBSIDY_APPLICATIONS, applicationId(mover, programme))))
                    .containsExactly("eduaid.subsidy.AidApplicationSubmitted.v1", "eduaid.subsidy.AidApplicationMoved.v1");
            assertThat(types(events(Topics.SUBSIDY_APPLICATIONS, applicationId(leaver, programme))))
                    .containsExactly("eduaid.subsidy.AidApplicationSubmitted.v1", "eduaid.subsidy.AidApplicationWithdrawn.v1");
        });

        automatic.putForward(List.of(eligible(leaver, programme, LINXI, "1150424001"))).block();
        assertThat(get(TestCallers.countyOfficer(LINXI).signIn(web),
                "/api/subsidies/applications/" + applicationId(leaver, programme), 200)).containsEntry("state", "SUBMITTED");
    }

    @Test
    void aSchoolAppliesForItsOwnStudentWithAReasonAndTheCountyReviewsIt() {
        String programme = ReviewMother.freshProgramme();
        String school = ReviewMother.freshSchool(LINXI);
        String pupil = ReviewMother.freshStudentId();
        students.put(student(pupil, LINXI, school));
        WebTestClient clerk = TestCallers.schoolClerk(LINXI, school).signIn(web);

        Map<String, Object> applied = post(clerk, "/api/subsidies/applications", application(pupil, programme,
                "父亲重病，家庭突发困难"), 201);
        assertThat(applied).containsEntry("origin", "SCHOOL").containsEntry("countyCode", LINXI)
                .containsEntry("state", "SUBMITTED");
        post(clerk, "/api/subsidies/applications", application(pupil, programme, "再次申请"), 409);

        WebTestClient officer = TestCallers.countyOfficer(LINXI).signIn(web);
        String id = applicationId(pupil, programme);
        post(officer, "/api/subsidies/applications/" + id + "/review", review(false, null, version(applied)), 400);
        post(officer, "/api/subsidies/applications/" + id + "/review", review(true, "材料齐全", version(applied) + 1), 409);
        Map<String, Object> accepted = post(officer, "/api/subsidies/applications/" + id + "/review",
                review(true, "材料齐全", version(applied)), 200);
        assertThat(accepted).containsEntry("state", "ACCEPTED").containsEntry("reviewNote", "材料齐全");
        post(officer, "/api/subsidies/applications/" + id + "/review", review(true, null, version(accepted)), 409);

        Map<String, Object> own = get(clerk, "/api/subsidies/applications?countyCode=" + LINXI + "&programmeCode="
                + programme, 200);
        assertThat(own.get("total")).isEqualTo(1);
        Map<String, Object> other = get(TestCallers.schoolClerk(LINXI, "1999999999").signIn(web),
                "/api/subsidies/applications?countyCode=" + LINXI + "&programmeCode=" + programme, 200);
        assertThat(other.get("total")).isEqualTo(0);
    }

    @Test
    void aSchoolsApplicationNeedsAReasonAndAStudentOfItsOwn() {
        String programme = ReviewMother.freshProgramme();
        String school = ReviewMother.freshSchool(LINXI);
        String pupil = ReviewMother.freshStudentId();
        students.put(student(pupil, LINXI, school));

        post(TestCallers.schoolClerk(LINXI, school).signIn(web), "/api/subsidies/applications",
                application(pupil, programme, " "), 400);
        post(TestCallers.schoolClerk(LINXI, school).signIn(web), "/api/subsidies/applications",
                application(pupil, programme, "x".repeat(501)), 400);
        post(TestCallers.schoolClerk(LINXI, "1999999999").signIn(web), "/api/subsidies/applications",
                application(pupil, programme, "家庭困难"), 404);
        post(TestCallers.schoolClerk(LINXI, school).signIn(web), "/api/subsidies/applications",
                application(ReviewMother.freshStudentId(), programme, "家庭困难"), 404);
        post(TestCallers.countyOfficer(LINXI).signIn(web), "/api/subsidies/applications",
                application(pupil, programme, "家庭困难"), 403);
        post(TestCallers.auditor("15").signIn(web), "/api/subsidies/applications",
                application(pupil, programme, "家庭困难"), 403);
    }

    @Test
    void theCountyReviewsManyAtOnceAndTheApprovedListHasOnlyApprovedOnes() {
        String programme = ReviewMother.freshProgramme();
        List<String> ids = Stream.generate(ReviewMother::freshStudentId).limit(5).toList();
        automatic.putForward(ids.stream().map(s -> eligible(s, programme, LINXI, "1150424001")).toList()).block();
        WebTestClient officer = TestCallers.countyOfficer(LINXI).signIn(web);

        Map<String, Object> rejected = post(officer, "/api/subsidies/applications/reviews", """
                {"countyCode":"%s","programmeCode":"%s","schoolYear":"2024-2025","applicationIds":["%s","%s"],
                 "accepted":false,"note":"重复申请"}""".formatted(LINXI, programme, applicationId(ids.get(0), programme),
                applicationId(ids.get(1), programme)), 200);
        assertThat(rejected).containsEntry("reviewed", 2).containsEntry("skipped", 0);
        Map<String, Object> accepted = post(officer, "/api/subsidies/applications/reviews", """
                {"countyCode":"%s","programmeCode":"%s","schoolYear":"2024-2025","all":true,"accepted":true}"""
                .formatted(LINXI, programme), 200);
        assertThat(accepted).containsEntry("reviewed", 3);
        post(officer, "/api/subsidies/applications/reviews", """
                {"countyCode":"%s","programmeCode":"%s","schoolYear":"2024-2025","all":true,"accepted":false}"""
                .formatted(LINXI, programme), 400);
        post(TestCallers.countyOfficer(KESHIKETENG).signIn(web), "/api/subsidies/applications/reviews", """
                {"countyCode":"%s","programmeCode":"%s","schoolYear":"2024-2025","all":true,"accepted":true}"""
                .formatted(LINXI, programme), 404);

        assertThat(get(officer, "/api/subsidies/applications?countyCode=" + LINXI + "&programmeCode=" + programme
                + "&state=ACCEPTED", 200).get("total")).isEqualTo(3);
        assertThat(approvedAid.approved(LINXI, programme, ReviewMother.YEAR).collectList().block()).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointRefusesRequestsWithoutAValidToken() {
        String id = applicationId(ReviewMother.freshStudentId(), "NUTRITION");
        return TokenAttacks.everyEndpointRefusesBadTokens(web, List.of(
                EndpointCall.get("/api/subsidies/applications?countyCode=" + LINXI),
                EndpointCall.get("/api/subsidies/applications/" + id),
                EndpointCall.post("/api/subsidies/applications", application(ReviewMother.freshStudentId(), "NUTRITION", "x")),
                EndpointCall.post("/api/subsidies/applications/" + id + "/review", review(true, null, 1)),
                EndpointCall.post("/api/subsidies/applications/reviews", "{}")));
    }

    @TestFactory
    Stream<DynamicTest> anApplicationIsReadWithinTheRegionAndByItsSchool() {
        String programme = ReviewMother.freshProgramme();
        String school = ReviewMother.freshSchool(LINXI);
        String pupil = ReviewMother.freshStudentId();
        automatic.putForward(List.of(eligible(pupil, programme, LINXI, school))).block();
        return RoleMatrix.ofLinxiSchoolRecord(EndpointCall.get("/api/subsidies/applications/"
                + applicationId(pupil, programme)), school).tests(web);
    }

    @TestFactory
    Stream<DynamicTest> onlyTheCountyReviews() {
        String programme = ReviewMother.freshProgramme();
        String pupil = ReviewMother.freshStudentId();
        automatic.putForward(List.of(eligible(pupil, programme, LINXI, "1150424001"))).block();
        // a stale version: whoever passes the access checks gets 409, so nothing changes
        return RoleMatrix.of(EndpointCall.post("/api/subsidies/applications/" + applicationId(pupil, programme)
                        + "/review", review(true, null, 99)))
                .expect("a Linxi school clerk", TestCallers.schoolClerk(LINXI, "1150424001"), 403)
                .expect("Linxi's officer", TestCallers.countyOfficer(LINXI), 409)
                .expect("a neighbouring county's officer", TestCallers.countyOfficer(KESHIKETENG), 404)
                .expect("Chifeng's officer", TestCallers.cityOfficer("1504"), 403)
                .expect("Inner Mongolia's officer", TestCallers.provinceOfficer("15"), 403)
                .expect("Inner Mongolia's auditor", TestCallers.auditor("15"), 403)
                .expect("the platform admin", TestCallers.platformAdmin(), 409)
                .tests(web);
    }

    @TestFactory
    Stream<DynamicTest> theCountysListIsReadWithinTheRegion() {
        return RoleMatrix.of(EndpointCall.get("/api/subsidies/applications?countyCode=" + LINXI))
                .expect("a Linxi school clerk (their own school's)", TestCallers.schoolClerk(LINXI, "1150424001"), 200)
                .expect("Linxi's officer", TestCallers.countyOfficer(LINXI), 200)
                .expect("a neighbouring county's officer", TestCallers.countyOfficer(KESHIKETENG), 404)
                .expect("Chifeng's officer", TestCallers.cityOfficer("1504"), 200)
                .expect("Tongliao's officer", TestCallers.cityOfficer("1505"), 404)
                .expect("Inner Mongolia's auditor", TestCallers.auditor("15"), 200)
                .expect("Tibet's officer", TestCallers.provinceOfficer("54"), 404)
                .expect("the platform admin", TestCallers.platformAdmin(), 200)
                .tests(web);
    }

    static String application(String studentId, String programme, String reason) {
        return """
                {"studentId":"%s","programmeCode":"%s","schoolYear":"2024-2025","reason":"%s"}"""
                .formatted(studentId, programme, reason);
    }

    static String review(boolean accepted, String note, long expectedVersion) {
        return """
                {"accepted":%s,"note":%s,"expectedVersion":%d}""".formatted(accepted,
                note == null ? "null" : "\"" + note + "\"", expectedVersion);
    }
}
