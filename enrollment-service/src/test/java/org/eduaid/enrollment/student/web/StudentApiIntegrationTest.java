package org.eduaid.enrollment.student.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eduaid.contracts.Topics;
import org.eduaid.contracts.envelope.CloudEventHeaders;
import org.eduaid.enrollment.school.SchoolMother;
import org.eduaid.enrollment.student.StudentMother;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.KafkaTestClient;
import org.eduaid.testkit.security.EndpointCall;
import org.eduaid.testkit.security.RoleMatrix;
import org.eduaid.testkit.security.TestCallers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The student API end to end: registry, enrolment lifecycle, conflicts, scope, masking and the events. */
@EduAidServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudentApiIntegrationTest {

    private static final KafkaTestClient kafka = KafkaTestClient.shared();
    private static final String LINXI = StudentMother.LINXI;
    private static final String KESHIKETENG = StudentMother.KESHIKETENG;

    @Autowired
    WebTestClient anonymous;

    private String linxiSchool;
    private String otherLinxiSchool;
    private String keshiketengSchool;

    @BeforeAll
    void schools() {
        linxiSchool = school(LINXI);
        otherLinxiSchool = school(LINXI);
        keshiketengSchool = school(KESHIKETENG);
    }

    @Test
    void registerEnrolTransferAcrossCountiesAndGraduateWithEventsKeyedByStudentId() {
        String idNumber = StudentMother.freshIdNumber();
        WebTestClient linxi = TestCallers.countyOfficer(LINXI).signIn(anonymous);
        Map<String, Object> created = register(linxi, idNumber, linxiSchool, 201);
        String id = (String) created.get("studentId");
        assertThat(created.get("version")).isEqualTo(2);
        assertThat(created.get("maskedIdNumber")).isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
        assertThat(created.toString()).doesNotContain(idNumber);

        // the receiving county's officer transfers the student in
        WebTestClient keshiketeng = TestCallers.countyOfficer(KESHIKETENG).signIn(anonymous);
        keshiketeng.post().uri("/api/enrollment/students/{id}/transfer", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"expectedVersion":2,"toSchoolCode":"%s","stage":"PRIMARY","grade":1,"boarding":true,
                         "transferredOn":"2024-11-01"}""".formatted(keshiketengSchool))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.version").isEqualTo(3)
                .jsonPath("$.enrolment.countyCode").isEqualTo(KESHIKETENG)
                .jsonPath("$.enrolments.length()").isEqualTo(2)
                .jsonPath("$.enrolments[0].state").isEqualTo("TRANSFERRED_OUT")
                .jsonPath("$.enrolments[1].state").isEqualTo("ACTIVE");

        command(keshiketeng, id, "promotion", """
                {"expectedVersion":3,"stage":"PRIMARY","grade":2,"promotedOn":"2025-09-01"}""", 200);
        command(keshiketeng, id, "graduation", """
                {"expectedVersion":4,"graduatedOn":"2030-07-01"}""", 200);

        List<ConsumerRecord<String, byte[]>> records = await().atMost(Duration.ofSeconds(30))
                .until(() -> recordsFor(id), found -> found.size() >= 5);
        assertThat(records).extracting(r -> KafkaTestClient.header(r, CloudEventHeaders.TYPE)).containsExactly(
                "eduaid.enrollment.StudentRegistered.v1", "eduaid.enrollment.StudentEnrolled.v1",
                "eduaid.enrollment.StudentTransferred.v1", "eduaid.enrollment.StudentPromoted.v1",
                "eduaid.enrollment.StudentGraduated.v1");
        assertThat(records).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo(id);
            assertThat(new String(r.value())).doesNotContain(idNumber).doesNotContain(idNumber.substring(6, 14));
        });
    }

    @Test
    void enrollingAStudentAlreadyEnrolledElsewhereIs409NamingTheSchoolAndCountyButNotTheIdNumber() {
        String idNumber = StudentMother.freshIdNumber();
        WebTestClient linxi = TestCallers.countyOfficer(LINXI).signIn(anonymous);
        String id = (String) register(linxi, idNumber, linxiSchool, 201).get("studentId");

        byte[] body = TestCallers.countyOfficer(KESHIKETENG).signIn(anonymous).post()
                .uri("/api/enrollment/students/{id}/enrolment", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"expectedVersion":2,"schoolCode":"%s","stage":"PRIMARY","grade":1,"enrolledOn":"2024-09-02"}"""
                        .formatted(keshiketengSchool))
                .exchange().expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().returnResult().getResponseBody();
        assertThat(new String(body)).contains(linxiSchool).contains(LINXI).doesNotContain(idNumber);

        // registering the same number again is a conflict naming the existing student
        linxi.post().uri("/api/enrollment/students").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(StudentMother.registration(idNumber, "李四", LINXI, null)).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains(id));
    }

    @Test
    void aStaleVersionIs409AndNothingIsLost() {
        WebTestClient linxi = TestCallers.countyOfficer(LINXI).signIn(anonymous);
        String id = (String) register(linxi, StudentMother.freshIdNumber(), linxiSchool, 201).get("studentId");

        command(linxi, id, "suspension", """
                {"expectedVersion":2,"reason":"ILLNESS","suspendedOn":"2024-10-01"}""", 200);
        command(linxi, id, "withdrawal", """
                {"expectedVersion":2,"reason":"DROPPED_OUT","withdrawnOn":"2024-10-02"}""", 409);
        command(linxi, id, "resumption", """
                {"expectedVersion":3,"resumedOn":"2024-11-01"}""", 200);
        command(linxi, id, "withdrawal", """
                {"expectedVersion":4,"reason":"MOVED_AWAY","withdrawnOn":"2024-12-01"}""", 200);
        linxi.get().uri("/api/enrollment/students/{id}", id).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("WITHDRAWN")
                .jsonPath("$.enrolments[0].reason").isEqualTo("MOVED_AWAY")
                .jsonPath("$.version").isEqualTo(5);
        // a forbidden transition is a conflict too
        command(linxi, id, "graduation", """
                {"expectedVersion":5,"graduatedOn":"2025-07-01"}""", 409);
    }

    @Test
    void officersEditFlagsWithTheirRoleAsSourceAndListsShowOnlyMaskedData() {
        WebTestClient linxi = TestCallers.countyOfficer(LINXI).subject("officer.zhao").signIn(anonymous);
        String idNumber = StudentMother.freshIdNumber();
        String id = (String) register(linxi, idNumber, otherLinxiSchool, 201).get("studentId");

        linxi.put().uri("/api/enrollment/students/{id}/flags", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"expectedVersion":2,"effectiveOn":"2024-10-01","flags":{"relocated":true,"disabled":true,
                         "disabilityKind":"HEARING","disabilityGrade":3}}""")
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.flags.relocated").isEqualTo(true)
                .jsonPath("$.flags.disability.kind").isEqualTo("HEARING")
                .jsonPath("$.flagProvenance.RELOCATED.source").isEqualTo("COUNTY_OFFICER:officer.zhao")
                .jsonPath("$.flagHistory.length()").isEqualTo(3)
                .jsonPath("$.version").isEqualTo(3);
        TestCallers.schoolClerk(LINXI, otherLinxiSchool).signIn(anonymous).put()
                .uri("/api/enrollment/students/{id}/flags", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"expectedVersion\":3,\"flags\":{\"orphan\":true}}").exchange().expectStatus().isForbidden();

        byte[] page = TestCallers.schoolClerk(LINXI, otherLinxiSchool).signIn(anonymous).get()
                .uri("/api/enrollment/students?flag=RELOCATED&stage=PRIMARY").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.studentId == '%s')].maskedName".formatted(id)).isEqualTo("张**")
                .returnResult().getResponseBody();
        assertThat(new String(page)).doesNotContain(idNumber).doesNotContain("张小明");

        linxi.post().uri("/api/enrollment/students/lookup").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"idNumber\":\"" + idNumber.toLowerCase() + "\"}").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.studentId").isEqualTo(id).jsonPath("$.name").isEqualTo("张小明");
    }

    @Test
    void badInputIsAProblem() {
        WebTestClient linxi = TestCallers.countyOfficer(LINXI).signIn(anonymous);
        linxi.post().uri("/api/enrollment/students").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(StudentMother.registration("110105194912310021", "张三", LINXI, null)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("idNumber");
        linxi.post().uri("/api/enrollment/students").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(StudentMother.registration(StudentMother.freshIdNumber(), "张三", "159999", null)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("householdCountyCode");
        linxi.post().uri("/api/enrollment/students").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"idNumber\":{\"$ne\":null},\"name\":\"x\",\"householdCountyCode\":\"150424\"}").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("idNumber");
        linxi.post().uri("/api/enrollment/students/lookup").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"idNumber\":\"1.10105E+17\"}").exchange()
                .expectStatus().isBadRequest();
        linxi.get().uri("/api/enrollment/students/{id}", "{\"$gt\":\"\"}").exchange().expectStatus().isBadRequest();
        linxi.get().uri("/api/enrollment/students?countyCode=150424&size=201").exchange().expectStatus().isBadRequest();
        linxi.get().uri("/api/enrollment/students").exchange().expectStatus().isBadRequest();
    }

    @TestFactory
    Stream<DynamicTest> aStudentIsVisibleInsideTheCallersScope() {
        String id = (String) register(TestCallers.countyOfficer(LINXI).signIn(anonymous), StudentMother.freshIdNumber(),
                linxiSchool, 201).get("studentId");
        return RoleMatrix.ofLinxiSchoolRecord(EndpointCall.get("/api/enrollment/students/" + id), linxiSchool)
                .tests(anonymous);
    }

    @TestFactory
    Stream<DynamicTest> whoMayRegister() {
        return RoleMatrix.of(EndpointCall.post("/api/enrollment/students",
                        StudentMother.registration(StudentMother.freshIdNumber(), "王五", LINXI, null)))
                .expect("a clerk without enrolment", TestCallers.schoolClerk(LINXI, linxiSchool), 400)
                .expect("a neighbouring officer", TestCallers.countyOfficer(KESHIKETENG), 404)
                .expect("a city officer", TestCallers.cityOfficer("1504"), 403)
                .expect("an auditor", TestCallers.auditor("15"), 403)
                .tests(anonymous);
    }

    @Test
    void aClerkRegistersOnlyAtTheirOwnSchool() {
        register(TestCallers.schoolClerk(LINXI, linxiSchool).signIn(anonymous), StudentMother.freshIdNumber(),
                otherLinxiSchool, 404);
        register(TestCallers.schoolClerk(LINXI, linxiSchool).signIn(anonymous), StudentMother.freshIdNumber(),
                linxiSchool, 201);
    }

    @Test
    void sameNameSexAndBirthDateUnderAnotherNumberInAnotherCountyIsListedForReview() {
        java.time.LocalDate birth = java.time.LocalDate.of(2014, 4, 4);
        String name = "赵" + System.nanoTime() % 100000;
        String first = (String) register(TestCallers.countyOfficer(LINXI).signIn(anonymous),
                StudentMother.freshIdNumber(LINXI, birth, true), name, LINXI, null, 201).get("studentId");
        String second = (String) register(TestCallers.countyOfficer(KESHIKETENG).signIn(anonymous),
                StudentMother.freshIdNumber(KESHIKETENG, birth, true), name, KESHIKETENG, null, 201).get("studentId");
        String reviewId = first.compareTo(second) < 0 ? first + "." + second : second + "." + first;

        WebTestClient linxi = TestCallers.countyOfficer(LINXI).signIn(anonymous);
        linxi.get().uri("/api/enrollment/students/duplicates?countyCode=150424&size=200").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.id == '%s')].status".formatted(reviewId)).isEqualTo("OPEN");
        linxi.post().uri("/api/enrollment/students/duplicates/{id}/resolution", reviewId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"decision\":\"DIFFERENT_PEOPLE\",\"note\":\"visited both\"}").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.decision").isEqualTo("DIFFERENT_PEOPLE");
        linxi.post().uri("/api/enrollment/students/duplicates/{id}/resolution", reviewId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"decision\":\"SAME_PERSON\"}").exchange()
                .expectStatus().isEqualTo(409);
        TestCallers.countyOfficer("150426").signIn(anonymous).get()
                .uri("/api/enrollment/students/duplicates?countyCode=150424").exchange().expectStatus().isNotFound();
        // both students still exist: nothing was merged
        TestCallers.platformAdmin().signIn(anonymous).get().uri("/api/enrollment/students/{id}", first).exchange()
                .expectStatus().isOk();
        TestCallers.platformAdmin().signIn(anonymous).get().uri("/api/enrollment/students/{id}", second).exchange()
                .expectStatus().isOk();
    }

    private Map<String, Object> register(WebTestClient client, String idNumber, String schoolCode, int status) {
        return register(client, idNumber, "张小明", LINXI, schoolCode, status);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> register(WebTestClient client, String idNumber, String name, String county,
            String schoolCode, int status) {
        return client.post().uri("/api/enrollment/students").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(StudentMother.registration(idNumber, name, county, schoolCode)).exchange()
                .expectStatus().isEqualTo(status)
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private void command(WebTestClient client, String id, String command, String body, int status) {
        client.post().uri("/api/enrollment/students/{id}/" + command, id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isEqualTo(status);
    }

    private String school(String county) {
        String code = SchoolMother.freshSchoolCode();
        TestCallers.platformAdmin().signIn(anonymous).post().uri("/api/enrollment/schools")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(SchoolMother.linxiPrimary(code).replace("150424", county)).exchange()
                .expectStatus().isCreated();
        return code;
    }

    private static List<ConsumerRecord<String, byte[]>> recordsFor(String id) {
        return kafka.readAll(Topics.ENROLLMENT_STUDENTS, Duration.ofSeconds(3)).stream()
                .filter(record -> id.equals(record.key())).toList();
    }
}
