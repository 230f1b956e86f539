package org.eduaid.enrollment.dropout.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eduaid.enrollment.dropout.DropoutCaseMother.LINXI;
import static org.eduaid.enrollment.dropout.web.CaseApi.get;
import static org.eduaid.enrollment.dropout.web.CaseApi.id;
import static org.eduaid.enrollment.dropout.web.CaseApi.post;
import static org.eduaid.enrollment.dropout.web.CaseApi.version;

import java.util.List;
import java.util.Map;

import org.eduaid.enrollment.dropout.DropoutCaseMother;
import org.eduaid.enrollment.dropout.application.CaseCalendar;
import org.eduaid.enrollment.school.SchoolMother;
import org.eduaid.enrollment.student.StudentMother;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.security.TestCallers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The parts of the workflow that depend on what the student registry knows: priority groups, the
 * return proof, placement of a disabled child, a clerk's own students. Students are registered,
 * enrolled, withdrawn and flagged through the student API; a case's child id is the student id.
 */
@EduAidServiceTest
class DropoutCaseRegisteredStudentIntegrationTest {

    private static final String KESHIKETENG = StudentMother.KESHIKETENG;

    @Autowired
    WebTestClient anonymous;

    @Autowired
    CaseCalendar calendar;

    WebTestClient officer;

    @BeforeEach
    void signIn() {
        officer = TestCallers.countyOfficer(LINXI).signIn(anonymous);
    }

    @Test
    void aReturnIsRecordedOnlyWithTheActiveEnrolmentAndClosingChecksItAgain() {
        String school = school(LINXI);
        var student = post(officer, "/api/enrollment/students",
                registration(LINXI, "{\"leftBehind\":true}", school), 201);
        String child = studentId(student);
        student = studentCommand(child, "withdrawal", """
                {"expectedVersion":%d,"reason":"DROPPED_OUT","withdrawnOn":"2024-10-01"}""".formatted(version(student)));
        var opened = post(officer, "/api/enrollment/cases", DropoutCaseMother.report(child, LINXI), 201);
        assertThat(opened.get("priorityGroups")).isEqualTo(List.of("LEFT_BEHIND"));
        String base = "/api/enrollment/cases/" + id(opened);
        var verified = post(officer, base + "/verification", DropoutCaseMother.verification(version(opened), "GENUINE"), 200);
        var persuading = post(officer, base + "/persuasion",
                DropoutCaseMother.persuasion(version(verified), calendar.today().plusDays(10)), 200);

        post(officer, base + "/return", DropoutCaseMother.returnToSchool(version(persuading), school), 409);

        student = studentCommand(child, "enrolment", reEnrolment(version(student), school, "2024-11-01"));
        post(officer, base + "/return", DropoutCaseMother.returnToSchool(version(persuading),
                SchoolMother.freshSchoolCode()), 409);
        var returned = post(officer, base + "/return", DropoutCaseMother.returnToSchool(version(persuading), school), 200);
        assertThat(returned).containsEntry("state", "RETURNED");
        assertThat(returned.get("returnProof").toString()).contains(school);

        // the child dropped out again before the case was closed
        student = studentCommand(child, "withdrawal", """
                {"expectedVersion":%d,"reason":"DROPPED_OUT","withdrawnOn":"2024-12-01"}""".formatted(version(student)));
        var refused = post(officer, base + "/closure", DropoutCaseMother.closure(version(returned)), 409);
        assertThat((String) refused.get("detail")).contains("RETURNED");

        studentCommand(child, "enrolment", reEnrolment(version(student), school, "2025-01-02"));
        var closed = post(officer, base + "/closure", DropoutCaseMother.closure(version(returned)), 200);
        assertThat(closed).containsEntry("outcome", "RETURNED").containsEntry("state", "CLOSED");

        // closed: the child may be reported again
        post(officer, "/api/enrollment/cases", DropoutCaseMother.report(child, LINXI), 201);
    }

    @Test
    void aDisabledChildFromAnotherCountyIsPlacedUnderAPlanOfTheirOwn() {
        String school = school(LINXI);
        // the household's county registers the child (never enrolled) and records the disability
        WebTestClient keshiketeng = TestCallers.countyOfficer(KESHIKETENG).signIn(anonymous);
        var registered = post(keshiketeng, "/api/enrollment/students", registration(KESHIKETENG, null, null), 201);
        String child = studentId(registered);
        keshiketeng.put().uri("/api/enrollment/students/{id}/flags", child).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"expectedVersion":%d,"flags":{"disabled":true,"disabilityKind":"PHYSICAL","disabilityGrade":2}}"""
                        .formatted(version(registered)))
                .exchange().expectStatus().isOk();

        var opened = post(officer, "/api/enrollment/cases", DropoutCaseMother.report(child, LINXI), 201);
        assertThat(opened.get("priorityGroups")).isEqualTo(List.of("DISABLED", "MIGRANT"));
        String base = "/api/enrollment/cases/" + id(opened);
        var verified = post(officer, base + "/verification", DropoutCaseMother.verification(version(opened), "GENUINE"), 200);
        var persuading = post(officer, base + "/persuasion",
                DropoutCaseMother.persuasion(version(verified), calendar.today().plusDays(10)), 200);

        var placed = post(officer, base + "/placement", DropoutCaseMother.placement(version(persuading), school), 200);
        assertThat(placed).containsEntry("state", "PLACED");
        assertThat(placed.get("placement").toString()).contains("REGULAR_CLASS", school, "随班就读");
        assertThat(get(officer, "/api/enrollment/cases?countyCode=" + LINXI + "&priorityGroup=MIGRANT&state=PLACED&size=200", 200)
                .get("cases").toString()).contains(id(opened));
        Map<String, Object> closed = post(officer, base + "/closure", DropoutCaseMother.closure(version(placed)), 200);
        assertThat(closed).containsEntry("outcome", "PLACED");
    }

    @Test
    void aClerkReportsOnlyTheirOwnSchoolsStudents() {
        String school = school(LINXI);
        String own = studentId(post(officer, "/api/enrollment/students", registration(LINXI, null, school), 201));
        String elsewhere = studentId(post(officer, "/api/enrollment/students",
                registration(LINXI, null, school(LINXI)), 201));
        WebTestClient clerk = TestCallers.schoolClerk(LINXI, school).signIn(anonymous);

        post(clerk, "/api/enrollment/cases", DropoutCaseMother.report(own, LINXI), 201);
        post(clerk, "/api/enrollment/cases", DropoutCaseMother.report(elsewhere, LINXI), 404);
        post(clerk, "/api/enrollment/cases", DropoutCaseMother.report(own, LINXI), 409);
    }

    /** A fresh registered school in {@code county}; a student can only be enrolled at one. */
    private String school(String county) {
        String code = SchoolMother.freshSchoolCode();
        post(TestCallers.platformAdmin().signIn(anonymous), "/api/enrollment/schools",
                SchoolMother.linxiPrimary(code).replace("150424", county), 201);
        return code;
    }

    /** Body of {@code POST /api/enrollment/students}: household flags as JSON (or none), enrolled if a school is named. */
    private static String registration(String householdCounty, String flags, String schoolCode) {
        return """
                {"idNumber":"%s","name":"张小明","householdCountyCode":"%s","guardianName":"王秀英"%s%s}""".formatted(
                StudentMother.freshIdNumber(), householdCounty, flags == null ? "" : ",\"flags\":" + flags,
                schoolCode == null ? "" : """
                        ,"enrolment":{"schoolCode":"%s","stage":"PRIMARY","grade":1,"boarding":false,"enrolledOn":"2024-09-01"}"""
                        .formatted(schoolCode));
    }

    private static String reEnrolment(long expectedVersion, String schoolCode, String on) {
        return """
                {"expectedVersion":%d,"schoolCode":"%s","stage":"PRIMARY","grade":1,"enrolledOn":"%s"}""".formatted(
                expectedVersion, schoolCode, on);
    }

    private Map<String, Object> studentCommand(String studentId, String command, String body) {
        return post(officer, "/api/enrollment/students/" + studentId + "/" + command, body, 200);
    }

    private static String studentId(Map<String, Object> student) {
        return (String) student.get("studentId");
    }
}
