package org.eduaid.enrollment.importing.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.eduaid.enrollment.importing.IdNumbers;
import org.eduaid.enrollment.importing.ImportClient;
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

/** Who may import which file, and who may see an import and its error report. */
@EduAidServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportAccessIntegrationTest {

    private static final String LINXI = "150424";
    private static final String KESHIKETENG = "150425";

    @Autowired
    WebTestClient web;

    private String linxiSchool;
    private String schoolImport;

    @BeforeAll
    void aSchoolInLinxiWithOneImport() {
        linxiSchool = SchoolMother.freshSchoolCode();
        TestCallers.countyOfficer(LINXI).signIn(web).post().uri("/api/enrollment/schools")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(SchoolMother.linxiPrimary(linxiSchool)).exchange()
                .expectStatus().isCreated();
        schoolImport = new ImportClient(TestCallers.schoolClerk(LINXI, linxiSchool).signIn(web))
                .upload("/api/enrollment/imports/students?schoolCode=" + linxiSchool, "text/csv", studentFile());
    }

    @TestFactory
    Stream<DynamicTest> aCountysStudentFileIsForItsOfficerAndTheAdmin() {
        return uploads("/api/enrollment/imports/students?countyCode=" + LINXI, List.of(
                row("a clerk", TestCallers.schoolClerk(LINXI, "1999999999"), 403),
                row("Linxi's officer", TestCallers.countyOfficer(LINXI), 202),
                row("a neighbouring county's officer", TestCallers.countyOfficer(KESHIKETENG), 404),
                row("Chifeng's officer", TestCallers.cityOfficer("1504"), 403),
                row("an auditor", TestCallers.auditor("15"), 403),
                row("the platform admin", TestCallers.platformAdmin(), 202)));
    }

    @TestFactory
    Stream<DynamicTest> aSchoolsStudentFileIsForItsClerkItsCountyAndTheAdmin() {
        return uploads("/api/enrollment/imports/students?schoolCode=" + linxiSchool, List.of(
                row("the school's own clerk", TestCallers.schoolClerk(LINXI, linxiSchool), 202),
                row("another school's clerk", TestCallers.schoolClerk(LINXI, "1999999999"), 404),
                row("Linxi's officer", TestCallers.countyOfficer(LINXI), 202),
                row("a neighbouring county's officer", TestCallers.countyOfficer(KESHIKETENG), 404),
                row("Inner Mongolia's province officer", TestCallers.provinceOfficer("15"), 403),
                row("the platform admin", TestCallers.platformAdmin(), 202)));
    }

    @TestFactory
    Stream<DynamicTest> aRosterIsForTheCountysOfficerAndTheAdmin() {
        return uploads("/api/enrollment/imports/roster?countyCode=" + LINXI, List.of(
                row("the school's clerk", TestCallers.schoolClerk(LINXI, linxiSchool), 403),
                row("Linxi's officer", TestCallers.countyOfficer(LINXI), 202),
                row("a neighbouring county's officer", TestCallers.countyOfficer(KESHIKETENG), 404),
                row("the platform admin", TestCallers.platformAdmin(), 202)));
    }

    @TestFactory
    Stream<DynamicTest> anImportIsVisibleInsideTheCallersScopeAndNotFoundOutsideIt() {
        return Stream.concat(
                RoleMatrix.ofLinxiSchoolRecord(EndpointCall.get("/api/enrollment/imports/" + schoolImport), linxiSchool).tests(web),
                RoleMatrix.ofLinxiSchoolRecord(EndpointCall.get("/api/enrollment/imports/" + schoolImport + "/errors"),
                        linxiSchool).tests(web));
    }

    @Test
    void aClerkListsOnlyTheirOwnSchoolsImports() {
        TestCallers.schoolClerk(LINXI, linxiSchool).signIn(web).get().uri("/api/enrollment/imports?countyCode=" + LINXI)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.schoolCode != '" + linxiSchool + "')]").isEmpty();
        TestCallers.countyOfficer(KESHIKETENG).signIn(web).get().uri("/api/enrollment/imports?countyCode=" + LINXI)
                .exchange().expectStatus().isNotFound();
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointRefusesRequestsWithoutAValidToken() {
        return TokenAttacks.everyEndpointRefusesBadTokens(web, List.of(
                EndpointCall.post("/api/enrollment/imports/students?countyCode=" + LINXI, "{}"),
                EndpointCall.post("/api/enrollment/imports/roster?countyCode=" + LINXI, "{}"),
                EndpointCall.get("/api/enrollment/imports/" + schoolImport),
                EndpointCall.get("/api/enrollment/imports/" + schoolImport + "/errors"),
                EndpointCall.get("/api/enrollment/imports?countyCode=" + LINXI)));
    }

    private record Row(String caller, TestToken token, int status) {
    }

    private static Row row(String caller, TestToken token, int status) {
        return new Row(caller, token, status);
    }

    private Stream<DynamicTest> uploads(String uri, List<Row> rows) {
        return rows.stream().map(row -> DynamicTest.dynamicTest("POST " + uri + " as " + row.caller() + " → " + row.status(),
                () -> row.token().signIn(web).post().uri(uri).contentType(MediaType.parseMediaType("text/csv"))
                        .bodyValue(uri.contains("roster") ? rosterFile() : studentFile()).exchange()
                        .expectStatus().isEqualTo(row.status())));
    }

    private static byte[] studentFile() {
        return ("身份证号,姓名,户籍县\n" + IdNumbers.fresh() + ",张三,150424\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] rosterFile() {
        return ("身份证号,姓名,县\n" + IdNumbers.fresh() + ",张三,150424\n").getBytes(StandardCharsets.UTF_8);
    }
}
