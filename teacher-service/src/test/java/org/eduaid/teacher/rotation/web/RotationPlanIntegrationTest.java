package org.eduaid.teacher.rotation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eduaid.contracts.Topics;
import org.eduaid.teacher.school.application.PostingSchools;
import org.eduaid.teacher.teacher.application.TeacherView;
import org.eduaid.teacher.teacher.domain.Posting;
import org.eduaid.teacher.testsupport.PostingSchoolsOnKafka;
import org.eduaid.teacher.testsupport.StagedTeachers;
import org.eduaid.teacher.testsupport.TeacherViews;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.KafkaTestClient;
import org.eduaid.testkit.security.TestCallers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A county's rotation plan from proposal to the teachers' postings moving and moving back, on the
 * real store and broker. Each test plans its own county and school year, since a plan is one per both.
 */
@EduAidServiceTest
class RotationPlanIntegrationTest {

    @Autowired
    WebTestClient anonymous;

    @Autowired
    PostingSchools schools;

    @Autowired
    StagedTeachers staged;

    @Test
    void anApprovedPlanMovesTheTeachersOnItsFirstDayAndBackAfterItsLast() {
        String county = "150426";
        WebTestClient officer = TestCallers.countyOfficer(county).signIn(anonymous);
        String urban = PostingSchoolsOnKafka.register(schools, county, "JUNIOR_SECONDARY", false);
        String rural = PostingSchoolsOnKafka.register(schools, county, "PRIMARY", true);
        List<TeacherView> urbanTeachers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            TeacherViews teacher = TeacherViews.teacher().postedAt(urban, county, false, (2010 + i) + "-09-01", null);
            urbanTeachers.add(stage(i < 2 ? teacher.backbone() : teacher));
        }
        for (int i = 0; i < 10; i++) {
            stage(TeacherViews.teacher().postedAt(rural, county, true, "2022-09-01", null));
        }

        Map<String, Object> proposed = officer.post().uri("/api/teachers/rotation/plans")
                .bodyValue(Map.of("countyCode", county, "schoolYear", "2031-2032")).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(proposed.get("meetsTheRules")).isEqualTo(true);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) proposed.get("exchanges");
        // every one of the 20 is due by 2031 → 2 rotate, one of them a backbone teacher, both to the rural school
        assertThat(lines).hasSize(2).allSatisfy(line -> {
            assertThat(line.get("toSchoolCode")).isEqualTo(rural);
            assertThat(line.get("direction")).isEqualTo("URBAN_TO_RURAL");
        });
        String planId = county + "~2031-2032";
        int version = (Integer) proposed.get("version");

        officer.put().uri("/api/teachers/rotation/plans/{id}/exchanges", planId)
                .bodyValue(Map.of("exchanges", List.of(), "expectedVersion", version)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.meetsTheRules").isEqualTo(false);
        officer.post().uri("/api/teachers/rotation/plans/{id}/approval", planId)
                .bodyValue(Map.of("expectedVersion", version + 1)).exchange().expectStatus().isEqualTo(409);
        officer.put().uri("/api/teachers/rotation/plans/{id}/exchanges", planId)
                .bodyValue(Map.of("exchanges", lines.stream().map(line -> Map.of("teacherId", line.get("teacherId"),
                        "toSchoolCode", line.get("toSchoolCode"))).toList(), "expectedVersion", version + 1)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.meetsTheRules").isEqualTo(true);
        officer.post().uri("/api/teachers/rotation/plans/{id}/approval", planId)
                .bodyValue(Map.of("expectedVersion", version + 2)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("APPROVED");

        String movedId = (String) lines.get(0).get("teacherId");
        WebTestClient admin = TestCallers.platformAdmin().signIn(anonymous);
        admin.post().uri("/api/teachers/rotation/exchanges/runs").bodyValue(Map.of("on", "2031-09-01")).exchange()
                .expectStatus().isOk();
        admin.post().uri("/api/teachers/rotation/exchanges/runs").bodyValue(Map.of("on", "2031-09-02")).exchange()
                .expectStatus().isOk();
        assertThat(staged.staged(movedId).service().on(LocalDate.of(2031, 9, 1))).get()
                .extracting(Posting::schoolCode).isEqualTo(rural);
        assertThat(staged.staged(movedId).service().postings()).hasSize(2);

        // the second exchange is cut short at new year: that teacher goes home on 1 January
        String cutShortId = (String) lines.get(1).get("teacherId");
        officer.post().uri("/api/teachers/rotation/exchanges/{id}/cancellation", planId + "~" + cutShortId)
                .bodyValue(Map.of("reason", "家中有事，提前返回", "homeFrom", "2032-01-01")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("ENDED").jsonPath("$.endsOn").isEqualTo("2031-12-31");
        assertThat(staged.staged(cutShortId).service().on(LocalDate.of(2032, 1, 1))).get()
                .extracting(Posting::schoolCode).isEqualTo(urban);

        admin.post().uri("/api/teachers/rotation/exchanges/runs").bodyValue(Map.of("on", "2032-09-01")).exchange()
                .expectStatus().isOk();
        assertThat(staged.staged(movedId).service().current()).get().extracting(Posting::schoolCode).isEqualTo(urban);
        assertThat(staged.staged(movedId).service().postings()).hasSize(3);

        officer.get().uri("/api/teachers/rotation/summary?regionCode={county}&schoolYear=2031-2032", county).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.byDirection.URBAN_TO_RURAL").isEqualTo(2);
        assertThat(KafkaTestClient.shared().readAll(Topics.TEACHER_EXCHANGES, Duration.ofSeconds(10)))
                .filteredOn(record -> record.key().equals(planId + "~" + movedId))
                .extracting(record -> KafkaTestClient.header(record, "ce_type"))
                .containsExactly("eduaid.teacher.TeacherExchangeApproved.v1", "eduaid.teacher.TeacherExchangeStarted.v1",
                        "eduaid.teacher.TeacherExchangeEnded.v1");
        assertThat(urbanTeachers).isNotEmpty();
    }

    @Test
    void aPlanThatCannotMeetTheRulesSaysWhyAndNeedsAReasonToBeApproved() {
        String county = "150423";
        WebTestClient officer = TestCallers.countyOfficer(county).signIn(anonymous);
        String a = PostingSchoolsOnKafka.register(schools, county, "PRIMARY", true);
        String b = PostingSchoolsOnKafka.register(schools, county, "PRIMARY", true);
        for (int i = 0; i < 12; i++) {
            stage(TeacherViews.teacher().postedAt(i % 2 == 0 ? a : b, county, true, "2015-09-01", null));
        }

        Map<String, Object> proposed = officer.post().uri("/api/teachers/rotation/plans")
                .bodyValue(Map.of("countyCode", county, "schoolYear", "2032-2033")).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(proposed.get("meetsTheRules")).isEqualTo(false);
        assertThat(proposed.get("violations").toString()).contains("backbone");

        String planId = county + "~2032-2033";
        officer.post().uri("/api/teachers/rotation/plans/{id}/approval", planId)
                .bodyValue(Map.of("expectedVersion", proposed.get("version"))).exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("backbone"));
        officer.post().uri("/api/teachers/rotation/plans/{id}/approval", planId)
                .bodyValue(Map.of("expectedVersion", proposed.get("version"), "override", "旗内无骨干教师到龄，由市局调配"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.override").isEqualTo("旗内无骨干教师到龄，由市局调配");
        Map<String, Object> approvedPlan = officer.get().uri("/api/teachers/rotation/plans/{id}", planId).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        @SuppressWarnings("unchecked")
        String first = (String) ((List<Map<String, Object>>) approvedPlan.get("exchanges")).get(0).get("teacherId");
        officer.post().uri("/api/teachers/rotation/exchanges/{id}/cancellation", planId + "~" + first)
                .bodyValue(Map.of("reason", "接收学校撤并")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("CANCELLED");
        officer.post().uri("/api/teachers/rotation/exchanges/{id}/cancellation", planId + "~" + first)
                .bodyValue(Map.of("reason", "接收学校撤并")).exchange().expectStatus().isEqualTo(409);
        TestCallers.countyOfficer("150424").signIn(anonymous).get().uri("/api/teachers/rotation/plans/{id}", planId)
                .exchange().expectStatus().isNotFound();
        TestCallers.schoolClerk(county, a).signIn(anonymous).post().uri("/api/teachers/rotation/plans")
                .bodyValue(Map.of("countyCode", county, "schoolYear", "2033-2034")).exchange().expectStatus().isForbidden();
    }

    private TeacherView stage(TeacherViews teacher) {
        TeacherView view = teacher.build();
        staged.put(view);
        return view;
    }
}
