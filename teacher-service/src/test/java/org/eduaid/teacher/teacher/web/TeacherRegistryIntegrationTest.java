package org.eduaid.teacher.teacher.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eduaid.contracts.Topics;
import org.eduaid.teacher.school.application.PostingSchools;
import org.eduaid.teacher.teacher.application.TeacherRegistry;
import org.eduaid.teacher.teacher.application.TeacherView;
import org.eduaid.teacher.teacher.domain.PostingReason;
import org.eduaid.teacher.testsupport.PostingSchoolsOnKafka;
import org.eduaid.teacher.testsupport.TeacherIdNumbers;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.KafkaTestClient;
import org.eduaid.testkit.security.EndpointCall;
import org.eduaid.testkit.security.RoleMatrix;
import org.eduaid.testkit.security.TestCallers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The registry through its API on the real store and broker. */
@EduAidServiceTest
class TeacherRegistryIntegrationTest {

    @Autowired
    WebTestClient anonymous;

    @Autowired
    PostingSchools schools;

    @Autowired
    @Qualifier("registeredTeachers")
    TeacherRegistry registry;

    @Autowired
    @Qualifier("teacherPostings")
    org.eduaid.teacher.teacher.application.TeacherPostings postings;

    WebTestClient linxi;
    String ruralSchool;
    String urbanSchool;

    @BeforeEach
    void schools() {
        linxi = TestCallers.countyOfficer("150424").signIn(anonymous);
        ruralSchool = PostingSchoolsOnKafka.register(schools, "150424", "PRIMARY", true);
        urbanSchool = PostingSchoolsOnKafka.register(schools, "150424", "JUNIOR_SECONDARY", false);
    }

    @Test
    void aRegisteredTeachersYearsComeFromTheHistoryAndTheIdNumberNeverLeavesMasked() {
        String idNumber = TeacherIdNumbers.fresh();
        String body = linxi.post().uri("/api/teachers/teachers").bodyValue(registration(idNumber, ruralSchool))
                .exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();

        assertThat(body).doesNotContain(idNumber).doesNotContain("王建国").contains("\"yearsInRuralSchools\":")
                .contains(idNumber.substring(0, 6) + "********");
        String teacherId = body.replaceAll(".*\"teacherId\":\"([^\"]+)\".*", "$1");
        linxi.get().uri("/api/teachers/teachers/{id}?asOf=2026-08-31", teacherId).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.yearsOfService").isEqualTo(20)
                .jsonPath("$.yearsInRuralSchools").isEqualTo(15)
                .jsonPath("$.yearsAtCurrentSchool").isEqualTo(15)
                .jsonPath("$.history.length()").isEqualTo(2);

        assertThat(KafkaTestClient.shared().readAll(Topics.TEACHER_TEACHERS, Duration.ofSeconds(10)))
                .filteredOn(record -> teacherId.equals(record.key()))
                .singleElement()
                .satisfies(record -> assertThat(new String(record.value())).doesNotContain(idNumber).doesNotContain("王建国"));
    }

    @Test
    void thePersonCannotBeRegisteredTwiceAndABadIdNumberIsNamedButNotQuoted() {
        String idNumber = TeacherIdNumbers.fresh();
        linxi.post().uri("/api/teachers/teachers").bodyValue(registration(idNumber, ruralSchool)).exchange()
                .expectStatus().isCreated();
        linxi.post().uri("/api/teachers/teachers").bodyValue(registration(idNumber, urbanSchool)).exchange()
                .expectStatus().isEqualTo(409);

        String wrong = TeacherIdNumbers.withWrongCheckCharacter(TeacherIdNumbers.fresh());
        String problem = linxi.post().uri("/api/teachers/teachers").bodyValue(registration(wrong, ruralSchool)).exchange()
                .expectStatus().isBadRequest().expectHeader().contentType("application/problem+json")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(problem).contains("idNumber").doesNotContain(wrong);
    }

    @Test
    void aBulkRegistrationAnswersEveryRowAndStoresTheGoodOnes() {
        String repeated = TeacherIdNumbers.fresh();
        List<Map<String, Object>> rows = List.of(registration(repeated, ruralSchool), registration(repeated, urbanSchool),
                registration(TeacherIdNumbers.fresh(), "0000000000"), registration(TeacherIdNumbers.fresh(), urbanSchool));

        linxi.post().uri("/api/teachers/teachers/imports").bodyValue(rows).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.registered").isEqualTo(2)
                .jsonPath("$.refused").isEqualTo(2)
                .jsonPath("$.rows[1].field").isEqualTo("idNumber")
                .jsonPath("$.rows[2].field").isEqualTo("history[1].schoolCode");
    }

    @Test
    void aTransferAndAnExchangeMoveTheTeacherAndTheRegistryStreamsThemByRegionAndSchool() {
        String teacherId = registerAt(ruralSchool);
        linxi.post().uri("/api/teachers/teachers/{id}/transfer", teacherId)
                .bodyValue(Map.of("schoolCode", urbanSchool, "from", "2026-09-01", "expectedVersion", 1)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.schoolCode").isEqualTo(urbanSchool);
        linxi.post().uri("/api/teachers/teachers/{id}/transfer", teacherId)
                .bodyValue(Map.of("schoolCode", ruralSchool, "from", "2026-10-01", "expectedVersion", 1)).exchange()
                .expectStatus().isEqualTo(409);

        postings.move(teacherId, ruralSchool, LocalDate.of(2026, 10, 1), PostingReason.EXCHANGE_STARTED, "x-" + teacherId).block();
        postings.move(teacherId, ruralSchool, LocalDate.of(2026, 10, 1), PostingReason.EXCHANGE_STARTED, "x-" + teacherId).block();

        TeacherView moved = registry.find(teacherId).block();
        assertThat(moved.service().postings()).hasSize(4);
        assertThat(registry.servedIn("1504", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)).map(TeacherView::teacherId)
                .collectList().block()).contains(teacherId);
        assertThat(registry.servedIn("5401", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)).map(TeacherView::teacherId)
                .collectList().block()).doesNotContain(teacherId);
        assertThat(registry.countsBySchool("150424", LocalDate.of(2026, 10, 2)).collectList().block())
                .anySatisfy(count -> {
                    assertThat(count.schoolCode()).isEqualTo(ruralSchool);
                    assertThat(count.bySubject()).containsEntry("MATHEMATICS", 1);
                });
    }

    @Test
    void departureEndsTheLastPostingAndConversionNeedsAFixedTermPost() {
        String teacherId = registerAt(ruralSchool);
        linxi.post().uri("/api/teachers/teachers/{id}/conversion", teacherId)
                .bodyValue(Map.of("on", "2026-09-01", "expectedVersion", 1)).exchange().expectStatus().isBadRequest();
        linxi.post().uri("/api/teachers/teachers/{id}/departure", teacherId)
                .bodyValue(Map.of("on", "2026-08-31", "reason", "RETIRED", "expectedVersion", 1)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.departedOn").isEqualTo("2026-08-31");
    }

    @Test
    void specialPostQuotasCountPostsFilledServingConvertedAndLeft() {
        String county = "150430";
        String school = PostingSchoolsOnKafka.register(schools, county, "PRIMARY", true);
        WebTestClient officer = TestCallers.countyOfficer(county).signIn(anonymous);
        String[] ids = new String[3];
        for (int i = 0; i < 3; i++) {
            ids[i] = officer.post().uri("/api/teachers/teachers").bodyValue(Map.of("idNumber", TeacherIdNumbers.fresh(),
                            "name", "赵六", "subjects", List.of("ENGLISH"), "postType", "SPECIAL_POST", "postStartsOn", "2023-09-01",
                            "history", List.of(Map.of("schoolCode", school, "from", "2023-09-01"))))
                    .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                    .get("teacherId").toString();
        }
        officer.post().uri("/api/teachers/teachers/{id}/conversion", ids[0]).bodyValue(Map.of("on", "2026-09-01",
                "expectedVersion", 1)).exchange().expectStatus().isOk().expectBody().jsonPath("$.postType").isEqualTo("REGULAR");
        officer.post().uri("/api/teachers/teachers/{id}/departure", ids[1]).bodyValue(Map.of("on", "2026-08-31",
                "reason", "TERM_ENDED", "expectedVersion", 1)).exchange().expectStatus().isOk();
        officer.put().uri("/api/teachers/special-posts/quotas/{c}/2023", county).bodyValue(Map.of("posted", 5)).exchange()
                .expectStatus().isForbidden();
        TestCallers.cityOfficer("1504").signIn(anonymous).put().uri("/api/teachers/special-posts/quotas/{c}/2023", county)
                .bodyValue(Map.of("posted", 5)).exchange().expectStatus().isOk();

        officer.get().uri("/api/teachers/special-posts/quotas?regionCode={c}&year=2023", county).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[0].posted").isEqualTo(5)
                .jsonPath("$[0].filled").isEqualTo(3)
                .jsonPath("$[0].serving").isEqualTo(1)
                .jsonPath("$[0].converted").isEqualTo(1)
                .jsonPath("$[0].left").isEqualTo(1);
    }

    @TestFactory
    Stream<DynamicTest> aTeacherIsSeenWithinTheSchoolsScopeOnly() {
        String school = PostingSchoolsOnKafka.register(schools, "150424", "PRIMARY", true);
        String teacherId = registerAt(school);
        return RoleMatrix.ofLinxiSchoolRecord(EndpointCall.get("/api/teachers/teachers/" + teacherId), school).tests(anonymous);
    }

    @TestFactory
    Stream<DynamicTest> onlyOfficersOfTheRegionRegister() {
        String body = """
                {"idNumber":"%s","name":"李四","subjects":["CHINESE"],"postType":"REGULAR","postStartsOn":"2020-09-01",
                 "history":[{"schoolCode":"%s","from":"2020-09-01"}]}""".formatted(TeacherIdNumbers.fresh(), ruralSchool);
        return RoleMatrix.of(EndpointCall.post("/api/teachers/teachers", body))
                .expect("a school clerk", TestCallers.schoolClerk("150424", ruralSchool), 403)
                .expect("an auditor", TestCallers.auditor("15"), 403)
                .expect("a city officer", TestCallers.cityOfficer("1504"), 403)
                .expect("a neighbouring county's officer", TestCallers.countyOfficer("150425"), 400)
                .tests(anonymous);
    }

    private String registerAt(String school) {
        return linxi.post().uri("/api/teachers/teachers").bodyValue(registration(TeacherIdNumbers.fresh(), school))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("teacherId").toString();
    }

    /** Five years in an urban school, then fifteen (to 31 August 2026) in {@code current}. */
    private Map<String, Object> registration(String idNumber, String current) {
        return Map.of("idNumber", idNumber, "name", "王建国", "subjects", List.of("MATHEMATICS"), "title", "一级教师",
                "postType", "REGULAR", "postStartsOn", "2006-09-01", "backbone", true, "principal", false,
                "history", List.of(Map.of("schoolCode", urbanSchool, "from", "2006-09-01", "to", "2011-08-31"),
                        Map.of("schoolCode", current, "from", "2011-09-01")));
    }
}
