package org.eduaid.subsidy.eligibility.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.eduaid.subsidy.eligibility.StudentEventMother.LINXI;
import static org.eduaid.subsidy.eligibility.StudentEventMother.enrolled;
import static org.eduaid.subsidy.eligibility.StudentEventMother.freshStudentId;
import static org.eduaid.subsidy.eligibility.StudentEventMother.knownSchool;
import static org.eduaid.subsidy.eligibility.StudentEventMother.registered;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eduaid.contracts.Topics;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.KafkaTestClient;
import org.eduaid.testkit.security.EndpointCall;
import org.eduaid.testkit.security.RoleMatrix;
import org.eduaid.testkit.security.TestCallers;
import org.eduaid.testkit.security.TokenAttacks;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.jayway.jsonpath.JsonPath;

/** The eligibility API: the explanation, the county's list, re-evaluation runs, and who may see what. */
@EduAidServiceTest
class EligibilityApiIntegrationTest {

    private static final KafkaTestClient kafka = KafkaTestClient.shared();

    @Autowired
    WebTestClient anonymous;

    @Test
    void theExplanationNamesTheRuleEveryConditionAndTheMaskedFactsUsed() {
        Student student = eligibleStudent();

        String body = TestCallers.countyOfficer(LINXI).signIn(anonymous).get()
                .uri("/api/subsidies/students/{id}/eligibility", student.id()).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat((String) JsonPath.read(body, "$.maskedName")).isEqualTo("王*");
        assertThat((String) JsonPath.read(body, "$.maskedIdNumber")).contains("****");
        assertThat((String) JsonPath.read(body, "$.facts.enrolment.locality")).isEqualTo("RURAL");
        List<Map<String, Object>> eligible = JsonPath.read(body, "$.programmes[?(@.eligible == true)]");
        assertThat(eligible).isNotEmpty().allSatisfy(programme -> {
            assertThat(programme.get("ruleCode")).isNotNull();
            assertThat(programme.get("decidedAt")).isNotNull();
            List<Map<String, Object>> rules = (List<Map<String, Object>>) programme.get("rules");
            Map<String, Object> rule = rules.stream().filter(r -> r.get("ruleCode").equals(programme.get("ruleCode")))
                    .findFirst().orElseThrow();
            assertThat(rule.get("met")).isEqualTo(true);
            assertThat((List<Map<String, Object>>) rule.get("conditions")).isNotEmpty()
                    .allSatisfy(c -> assertThat(c).containsKeys("condition", "required", "actual").containsEntry("met", true));
        });
        List<Map<String, Object>> notEligible = JsonPath.read(body, "$.programmes[?(@.eligible == false)]");
        assertThat(notEligible).allSatisfy(p -> assertThat(p.get("ruleCode")).isNull());
    }

    @Test
    void theCountysListShowsItsEligibleStudentsMaskedAndNothingOfOtherCounties() {
        Student student = eligibleStudent();
        WebTestClient linxi = TestCallers.countyOfficer(LINXI).signIn(anonymous);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String page = linxi.get().uri("/api/subsidies/eligibility?countyCode={c}&size=200&page={p}", LINXI, 0)
                    .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
            assertThat((Integer) JsonPath.read(page, "$.total")).isPositive();
        });
        String programme = eligibleProgrammes(linxi, student.id()).get(0);
        String page = linxi.get().uri(uri -> uri.path("/api/subsidies/eligibility").queryParam("countyCode", LINXI)
                        .queryParam("programmeCode", programme).queryParam("size", 200).build())
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).doesNotContain("maskedIdNumber");
        assertThat((List<String>) JsonPath.read(page, "$.items[*].programmes[*].programmeCode")).containsOnly(programme);
        // the school's clerk sees the school's students in the same list
        String clerkPage = TestCallers.schoolClerk(LINXI, student.school()).signIn(anonymous).get()
                .uri("/api/subsidies/eligibility?countyCode={c}", LINXI).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat((List<String>) JsonPath.read(clerkPage, "$.items[*].studentId")).containsExactly(student.id());
        assertThat((List<String>) JsonPath.read(clerkPage, "$.items[*].schoolCode")).containsOnly(student.school());

        TestCallers.countyOfficer("150425").signIn(anonymous).get()
                .uri("/api/subsidies/eligibility?countyCode={c}", LINXI).exchange().expectStatus().isNotFound();
        linxi.get().uri("/api/subsidies/eligibility?countyCode=150400").exchange().expectStatus().isBadRequest();
        linxi.get().uri("/api/subsidies/eligibility?countyCode={c}&size=1000", LINXI).exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void aReevaluationRunsInTheBackgroundAndReportsItsProgress() {
        eligibleStudent();
        TestCallers.countyOfficer(LINXI).signIn(anonymous).post().uri("/api/subsidies/eligibility/reevaluations")
                .bodyValue(Map.of("reason", "test")).exchange().expectStatus().isForbidden();

        WebTestClient province = TestCallers.provinceOfficer("15").signIn(anonymous);
        String id = JsonPath.read(province.post().uri("/api/subsidies/eligibility/reevaluations")
                .bodyValue(Map.of("reason", "standard changed")).exchange().expectStatus().isAccepted()
                .expectBody(String.class).returnResult().getResponseBody(), "$.id");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String run = province.get().uri("/api/subsidies/eligibility/reevaluations/{id}", id).exchange()
                    .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
            assertThat((String) JsonPath.read(run, "$.state")).isEqualTo("DONE");
            assertThat(((Number) JsonPath.read(run, "$.processed")).longValue()).isPositive();
            assertThat((String) JsonPath.read(run, "$.reason")).isIn("standard changed", "scheduled");
        });
        province.get().uri("/api/subsidies/eligibility/reevaluations/{id}", "00000000-0000-0000-0000-000000000000")
                .exchange().expectStatus().isNotFound();
    }

    @TestFactory
    Stream<DynamicTest> aStudentsEligibilityIsVisibleInsideTheCallersScopeAndNotFoundOutsideIt() {
        Student student = eligibleStudent();
        return RoleMatrix.ofLinxiSchoolRecord(
                EndpointCall.get("/api/subsidies/students/" + student.id() + "/eligibility"), student.school())
                .tests(anonymous);
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointRefusesRequestsWithoutAValidToken() {
        return TokenAttacks.everyEndpointRefusesBadTokens(anonymous, List.of(
                EndpointCall.get("/api/subsidies/students/p-AAAAAAAAAAAAAAAAAAAAAAAAAA/eligibility"),
                EndpointCall.get("/api/subsidies/eligibility?countyCode=150424"),
                EndpointCall.post("/api/subsidies/eligibility/reevaluations", "{\"reason\":\"x\"}"),
                EndpointCall.get("/api/subsidies/eligibility/reevaluations/00000000-0000-0000-0000-000000000000")));
    }

    private record Student(String id, String school) {
    }

    /** A poor boarder at a rural Linxi primary school, once this service has decided them. */
    private Student eligibleStudent() {
        WebTestClient admin = TestCallers.platformAdmin().signIn(anonymous);
        String schoolCode = knownSchool(admin, LINXI, "RURAL");
        String id = freshStudentId();
        kafka.send(registered(id, 1, true).toRecord(Topics.ENROLLMENT_STUDENTS));
        kafka.send(enrolled(id, 2, schoolCode, LINXI, true).toRecord(Topics.ENROLLMENT_STUDENTS));
        await().atMost(Duration.ofSeconds(30)).until(() -> !eligibleProgrammes(admin, id).isEmpty());
        return new Student(id, schoolCode);
    }

    private static List<String> eligibleProgrammes(WebTestClient web, String id) {
        var result = web.get().uri("/api/subsidies/students/{id}/eligibility", id).exchange()
                .expectBody(String.class).returnResult();
        if (!result.getStatus().is2xxSuccessful()) {
            return List.of();
        }
        return JsonPath.read(result.getResponseBody(), "$.programmes[?(@.eligible == true)].programmeCode");
    }
}
