package org.eduaid.enrollment.school.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.eduaid.enrollment.school.SchoolMother;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.security.EndpointCall;
import org.eduaid.testkit.security.RoleMatrix;
import org.eduaid.testkit.security.TestCallers;
import org.eduaid.testkit.security.TestToken;
import org.eduaid.testkit.security.TokenAttacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Who may register and read schools, on which schools, and what the audit log keeps of it. */
@EduAidServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchoolAccessIntegrationTest {

    private static final String LINXI = "150424";
    private static final String KESHIKETENG = "150425";

    @Autowired
    WebTestClient web;

    private String linxiSchool;

    @BeforeAll
    void registerASchoolInLinxi() {
        linxiSchool = register(TestCallers.countyOfficer(LINXI), SchoolMother.freshSchoolCode(), 201);
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointRefusesRequestsWithoutAValidToken() {
        return TokenAttacks.everyEndpointRefusesBadTokens(web, List.of(
                EndpointCall.post("/api/enrollment/schools", SchoolMother.linxiPrimary(SchoolMother.freshSchoolCode())),
                EndpointCall.get("/api/enrollment/schools/" + linxiSchool),
                EndpointCall.get("/api/enrollment/audit")));
    }

    @Test
    void officersRegisterSchoolsOnlyInTheirOwnScope() {
        register(TestCallers.cityOfficer("1504"), SchoolMother.freshSchoolCode(), 201);
        register(TestCallers.provinceOfficer("15"), SchoolMother.freshSchoolCode(), 201);
        register(TestCallers.platformAdmin(), SchoolMother.freshSchoolCode(), 201);
        register(TestCallers.countyOfficer(KESHIKETENG), SchoolMother.freshSchoolCode(), 404);
        register(TestCallers.cityOfficer("1505"), SchoolMother.freshSchoolCode(), 404);
        register(TestCallers.provinceOfficer("54"), SchoolMother.freshSchoolCode(), 404);
    }

    @Test
    void clerksAndAuditorsMayNotRegisterSchools() {
        String code = SchoolMother.freshSchoolCode();
        register(TestCallers.schoolClerk(LINXI, linxiSchool), code, 403);
        register(TestCallers.auditor("15"), code, 403);

        TestCallers.platformAdmin().signIn(web).get().uri("/api/enrollment/schools/{code}", code).exchange()
                .expectStatus().isNotFound();
    }

    @TestFactory
    Stream<DynamicTest> aSchoolIsVisibleInsideTheCallersScopeAndNotFoundOutsideIt() {
        return RoleMatrix.ofLinxiSchoolRecord(EndpointCall.get("/api/enrollment/schools/" + linxiSchool), linxiSchool)
                .tests(web);
    }

    @Test
    void aSchoolOutsideTheScopeLooksExactlyLikeOneThatDoesNotExist() {
        WebTestClient neighbour = TestCallers.countyOfficer(KESHIKETENG).signIn(web);
        byte[] hidden = neighbour.get().uri("/api/enrollment/schools/{code}", linxiSchool).exchange()
                .expectStatus().isNotFound().expectBody().returnResult().getResponseBody();
        String missingCode = SchoolMother.freshSchoolCode();
        byte[] missing = neighbour.get().uri("/api/enrollment/schools/{code}", missingCode).exchange()
                .expectStatus().isNotFound().expectBody().returnResult().getResponseBody();

        assertThat(new String(hidden).replace(linxiSchool, "CODE").replaceAll("\"correlationId\":\"[^\"]+\"", ""))
                .isEqualTo(new String(missing).replace(missingCode, "CODE").replaceAll("\"correlationId\":\"[^\"]+\"", ""));
    }

    @Test
    void personalDataResponsesAreNeverCachedAndCarryTheSecurityHeaders() {
        TestCallers.countyOfficer(LINXI).signIn(web).get().uri("/api/enrollment/schools/{code}", linxiSchool).exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches("Cache-Control", ".*no-store.*")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueMatches("Content-Security-Policy", ".*frame-ancestors 'none'.*");
    }

    @Test
    void commandsAreAuditedWithWhoWhatWhereAndOutcome() {
        String code = SchoolMother.freshSchoolCode();
        register(TestCallers.countyOfficer(LINXI).subject("officer.linxi"), code, 201);
        register(TestCallers.schoolClerk(LINXI, linxiSchool).subject("clerk.linxi"), code, 403);

        TestCallers.auditor("15").signIn(web).get().uri("/api/enrollment/audit?record=school:{code}", code).exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches("Cache-Control", ".*no-store.*")
                .expectBody()
                .jsonPath("$.entries.length()").isEqualTo(1)
                .jsonPath("$.entries[0].actor").isEqualTo("officer.linxi")
                .jsonPath("$.entries[0].role").isEqualTo("COUNTY_OFFICER")
                .jsonPath("$.entries[0].region").isEqualTo(LINXI)
                .jsonPath("$.entries[0].action").isEqualTo("school.register")
                .jsonPath("$.entries[0].method").isEqualTo("POST")
                .jsonPath("$.entries[0].status").isEqualTo(201)
                .jsonPath("$.entries[0].outcome").isEqualTo("SUCCEEDED")
                .jsonPath("$.entries[0].sourceAddress").isNotEmpty()
                .jsonPath("$.entries[0].correlationId").isNotEmpty();

        TestCallers.platformAdmin().signIn(web).get().uri("/api/enrollment/audit?actor=clerk.linxi&action=POST /api/enrollment/schools")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.entries[0].outcome").isEqualTo("DENIED")
                .jsonPath("$.entries[0].status").isEqualTo(403);
    }

    @TestFactory
    Stream<DynamicTest> onlyAuditorsAndAdminsReadTheAuditLogAndAuditorsOnlyTheirRegion() {
        return Stream.concat(
                RoleMatrix.of(EndpointCall.get("/api/enrollment/audit"))
                        .expect("a clerk", TestCallers.schoolClerk(LINXI, linxiSchool), 403)
                        .expect("a county officer", TestCallers.countyOfficer(LINXI), 403)
                        .expect("a province officer", TestCallers.provinceOfficer("15"), 403)
                        .expect("an auditor", TestCallers.auditor("15"), 200)
                        .expect("the platform admin", TestCallers.platformAdmin(), 200)
                        .tests(web),
                Stream.of(DynamicTest.dynamicTest("Tibet's auditor sees nothing of Inner Mongolia", () ->
                        TestCallers.auditor("54").signIn(web).get().uri("/api/enrollment/audit?record=school:{code}", linxiSchool)
                                .exchange().expectStatus().isOk()
                                .expectBody().jsonPath("$.entries.length()").isEqualTo(0))));
    }

    @Test
    void aSchoolCodeShapedLikeAQueryOperatorIsRefused() {
        TestCallers.platformAdmin().signIn(web).get().uri("/api/enrollment/schools/{code}", "{\"$ne\":null}").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private String register(TestToken caller, String code, int expectedStatus) {
        caller.signIn(web).post().uri("/api/enrollment/schools").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(SchoolMother.linxiPrimary(code)).exchange()
                .expectStatus().isEqualTo(expectedStatus);
        return code;
    }
}
