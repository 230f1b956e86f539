package org.eduaid.enrollment.dropout.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eduaid.enrollment.dropout.DropoutCaseMother.LINXI;
import static org.eduaid.enrollment.dropout.web.CaseApi.get;
import static org.eduaid.enrollment.dropout.web.CaseApi.id;
import static org.eduaid.enrollment.dropout.web.CaseApi.post;
import static org.eduaid.enrollment.dropout.web.CaseApi.version;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eduaid.enrollment.dropout.DropoutCaseMother;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.security.EndpointCall;
import org.eduaid.testkit.security.RoleMatrix;
import org.eduaid.testkit.security.TestCallers;
import org.eduaid.testkit.security.TokenAttacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Who may read and work on which cases: county officers their county, the city its counties, clerks nothing. */
@EduAidServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DropoutCaseAccessIntegrationTest {

    private static final String SCHOOL = "1999999901";

    @Autowired
    WebTestClient web;

    private String caseId;
    private long version;

    @BeforeAll
    void openACaseInLinxi() {
        var opened = post(TestCallers.countyOfficer(LINXI).signIn(web), "/api/enrollment/cases",
                DropoutCaseMother.report(DropoutCaseMother.freshChild().value(), LINXI), 201);
        caseId = id(opened);
        version = version(opened);
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointRefusesRequestsWithoutAValidToken() {
        return TokenAttacks.everyEndpointRefusesBadTokens(web, List.of(
                EndpointCall.post("/api/enrollment/cases", DropoutCaseMother.report(DropoutCaseMother.freshChild().value(), LINXI)),
                EndpointCall.get("/api/enrollment/cases?countyCode=" + LINXI),
                EndpointCall.get("/api/enrollment/cases/" + caseId),
                EndpointCall.post("/api/enrollment/cases/" + caseId + "/verification",
                        DropoutCaseMother.verification(version, "GENUINE")),
                EndpointCall.get("/api/enrollment/cases/escalated?cityCode=1504"),
                EndpointCall.get("/api/enrollment/ledgers/suspected?countyCode=" + LINXI),
                EndpointCall.get("/api/enrollment/ledgers/confirmed?countyCode=" + LINXI)));
    }

    @TestFactory
    Stream<DynamicTest> aCaseIsReadWithinTheRegionAndNeverByClerks() {
        return Stream.of(EndpointCall.get("/api/enrollment/cases/" + caseId),
                        EndpointCall.get("/api/enrollment/cases?countyCode=" + LINXI),
                        EndpointCall.get("/api/enrollment/ledgers/suspected?countyCode=" + LINXI),
                        EndpointCall.get("/api/enrollment/ledgers/confirmed?countyCode=" + LINXI))
                .flatMap(call -> RoleMatrix.of(call)
                        .expect("a Linxi school clerk", TestCallers.schoolClerk(LINXI, SCHOOL), 403)
                        .expect("Linxi's officer", TestCallers.countyOfficer(LINXI), 200)
                        .expect("a neighbouring county's officer", TestCallers.countyOfficer("150425"), 404)
                        .expect("Chifeng's officer", TestCallers.cityOfficer("1504"), 200)
                        .expect("Tongliao's officer", TestCallers.cityOfficer("1505"), 404)
                        .expect("Inner Mongolia's officer", TestCallers.provinceOfficer("15"), 200)
                        .expect("Inner Mongolia's auditor", TestCallers.auditor("15"), 200)
                        .expect("Tibet's officer", TestCallers.provinceOfficer("54"), 404)
                        .expect("the platform admin", TestCallers.platformAdmin(), 200)
                        .tests(web));
    }

    @TestFactory
    Stream<DynamicTest> onlyTheCountyWorksOnACaseThatIsNotEscalated() {
        // a stale version: whoever passes the access checks gets 409, so nothing changes
        return RoleMatrix.of(EndpointCall.post("/api/enrollment/cases/" + caseId + "/verification",
                        DropoutCaseMother.verification(version + 100, "GENUINE")))
                .expect("a Linxi school clerk", TestCallers.schoolClerk(LINXI, SCHOOL), 403)
                .expect("Linxi's officer", TestCallers.countyOfficer(LINXI), 409)
                .expect("a neighbouring county's officer", TestCallers.countyOfficer("150425"), 404)
                .expect("Chifeng's officer (not escalated)", TestCallers.cityOfficer("1504"), 403)
                .expect("Tongliao's officer", TestCallers.cityOfficer("1505"), 404)
                .expect("Inner Mongolia's officer", TestCallers.provinceOfficer("15"), 403)
                .expect("Inner Mongolia's auditor", TestCallers.auditor("15"), 403)
                .expect("the platform admin", TestCallers.platformAdmin(), 409)
                .tests(web);
    }

    @TestFactory
    Stream<DynamicTest> reportingACaseIsForTheCountyAndForClerksAboutTheirOwnStudents() {
        return Stream.of(
                        new Object[] { "a clerk, about a child who is not their student", TestCallers.schoolClerk(LINXI, SCHOOL), 404 },
                        new Object[] { "a neighbouring county's officer", TestCallers.countyOfficer("150425"), 404 },
                        new Object[] { "Chifeng's officer", TestCallers.cityOfficer("1504"), 403 },
                        new Object[] { "Inner Mongolia's officer", TestCallers.provinceOfficer("15"), 403 },
                        new Object[] { "an auditor", TestCallers.auditor("15"), 403 },
                        new Object[] { "Linxi's officer", TestCallers.countyOfficer(LINXI), 201 },
                        new Object[] { "the platform admin", TestCallers.platformAdmin(), 201 })
                .flatMap(row -> RoleMatrix.of(EndpointCall.post("/api/enrollment/cases",
                                DropoutCaseMother.report(DropoutCaseMother.freshChild().value(), LINXI)))
                        .expect((String) row[0], (org.eduaid.testkit.security.TestToken) row[1], (Integer) row[2])
                        .tests(web));
    }

    @Test
    void theEscalatedListIsForTheCityAndAbove() {
        get(TestCallers.cityOfficer("1504").signIn(web), "/api/enrollment/cases/escalated?cityCode=1504", 200);
        get(TestCallers.countyOfficer(LINXI).signIn(web), "/api/enrollment/cases/escalated?cityCode=1504", 404);
        get(TestCallers.schoolClerk(LINXI, SCHOOL).signIn(web), "/api/enrollment/cases/escalated?cityCode=1504", 403);
        get(TestCallers.platformAdmin().signIn(web), "/api/enrollment/cases/escalated?cityCode=150424", 400);
    }

    @Test
    void readingACaseIsAuditedAsADisclosureAndCommandsAsActions() {
        var officer = TestCallers.countyOfficer(LINXI).subject("officer.cases." + caseId.substring(5, 13));
        get(officer.signIn(web), "/api/enrollment/cases/" + caseId, 200);

        Map<String, Object> audit = get(TestCallers.auditor("15").signIn(web),
                "/api/enrollment/audit?record=dropout-case:" + caseId + "&actor=" + officer.subject(), 200);
        assertThat(audit.get("entries").toString()).contains(officer.subject());
    }
}
