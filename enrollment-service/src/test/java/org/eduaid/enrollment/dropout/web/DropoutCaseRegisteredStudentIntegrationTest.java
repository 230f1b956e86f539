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
import org.eduaid.enrollment.dropout.config.ProvisionalStudentDirectory;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.enrollment.school.SchoolMother;
import org.eduaid.enrollment.student.application.StudentStatus;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.security.TestCallers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The parts of the workflow that depend on what the student registry knows: priority groups, the
 * return proof, placement of a disabled child, a clerk's own students.
 *
 * <p>MERGE NOTE: {@link #givenStudent} fills the provisional directory; once the student feature is
 * merged, make it register (and enrol) the student through {@code POST /api/enrollment/students}
 * instead. Nothing else here depends on the provisional bean.
 */
@EduAidServiceTest
class DropoutCaseRegisteredStudentIntegrationTest {

    @Autowired
    WebTestClient anonymous;

    @Autowired
    ProvisionalStudentDirectory directory;

    @Autowired
    CaseCalendar calendar;

    WebTestClient officer;

    @BeforeEach
    void signIn() {
        officer = TestCallers.countyOfficer(LINXI).signIn(anonymous);
    }

    @Test
    void aReturnIsRecordedOnlyWithTheActiveEnrolmentAndClosingChecksItAgain() {
        String school = SchoolMother.freshSchoolCode();
        PersonId child = DropoutCaseMother.freshChild();
        givenStudent(child, LINXI, StudentStatus.Enrolment.WITHDRAWN, school, false, true);
        var opened = post(officer, "/api/enrollment/cases", DropoutCaseMother.report(child.value(), LINXI), 201);
        assertThat(opened.get("priorityGroups")).isEqualTo(List.of("LEFT_BEHIND"));
        String base = "/api/enrollment/cases/" + id(opened);
        var verified = post(officer, base + "/verification", DropoutCaseMother.verification(version(opened), "GENUINE"), 200);
        var persuading = post(officer, base + "/persuasion",
                DropoutCaseMother.persuasion(version(verified), calendar.today().plusDays(10)), 200);

        post(officer, base + "/return", DropoutCaseMother.returnToSchool(version(persuading), school), 409);

        givenStudent(child, LINXI, StudentStatus.Enrolment.ACTIVE, school, false, true);
        post(officer, base + "/return", DropoutCaseMother.returnToSchool(version(persuading),
                SchoolMother.freshSchoolCode()), 409);
        var returned = post(officer, base + "/return", DropoutCaseMother.returnToSchool(version(persuading), school), 200);
        assertThat(returned).containsEntry("state", "RETURNED");
        assertThat(returned.get("returnProof").toString()).contains(school);

        // the child dropped out again before the case was closed
        givenStudent(child, LINXI, StudentStatus.Enrolment.WITHDRAWN, school, false, true);
        var refused = post(officer, base + "/closure", DropoutCaseMother.closure(version(returned)), 409);
        assertThat((String) refused.get("detail")).contains("RETURNED");

        givenStudent(child, LINXI, StudentStatus.Enrolment.ACTIVE, school, false, true);
        var closed = post(officer, base + "/closure", DropoutCaseMother.closure(version(returned)), 200);
        assertThat(closed).containsEntry("outcome", "RETURNED").containsEntry("state", "CLOSED");

        // closed: the child may be reported again
        post(officer, "/api/enrollment/cases", DropoutCaseMother.report(child.value(), LINXI), 201);
    }

    @Test
    void aDisabledChildFromAnotherCountyIsPlacedUnderAPlanOfTheirOwn() {
        String school = SchoolMother.freshSchoolCode();
        PersonId child = DropoutCaseMother.freshChild();
        givenStudent(child, "150425", StudentStatus.Enrolment.NONE, null, true, false);
        var opened = post(officer, "/api/enrollment/cases", DropoutCaseMother.report(child.value(), LINXI), 201);
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
        String school = SchoolMother.freshSchoolCode();
        PersonId own = DropoutCaseMother.freshChild();
        PersonId elsewhere = DropoutCaseMother.freshChild();
        givenStudent(own, LINXI, StudentStatus.Enrolment.ACTIVE, school, false, false);
        givenStudent(elsewhere, LINXI, StudentStatus.Enrolment.ACTIVE, SchoolMother.freshSchoolCode(), false, false);
        WebTestClient clerk = TestCallers.schoolClerk(LINXI, school).signIn(anonymous);

        post(clerk, "/api/enrollment/cases", DropoutCaseMother.report(own.value(), LINXI), 201);
        post(clerk, "/api/enrollment/cases", DropoutCaseMother.report(elsewhere.value(), LINXI), 404);
        post(clerk, "/api/enrollment/cases", DropoutCaseMother.report(own.value(), LINXI), 409);
    }

    /** MERGE: register the student through the student API instead. */
    private void givenStudent(PersonId child, String householdCounty, StudentStatus.Enrolment enrolment,
            String schoolCode, boolean disabled, boolean leftBehind) {
        directory.put(new StudentStatus(child, householdCounty, enrolment, schoolCode,
                schoolCode == null ? null : LINXI, schoolCode == null ? null : calendar.today(), null, false, false,
                disabled, leftBehind));
    }
}
