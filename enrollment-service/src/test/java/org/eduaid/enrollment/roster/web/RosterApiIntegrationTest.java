package org.eduaid.enrollment.roster.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.eduaid.enrollment.roster.RosterChildMother.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.eduaid.enrollment.roster.application.ComparisonRuns;
import org.eduaid.enrollment.roster.application.RosterRecord;
import org.eduaid.enrollment.roster.application.RosterRecords;
import org.eduaid.enrollment.school.SchoolMother;
import org.eduaid.enrollment.student.application.ImportScope;
import org.eduaid.enrollment.student.application.RowOutcome;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.privacy.ResidentIdNumber;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.security.EndpointCall;
import org.eduaid.testkit.security.RoleMatrix;
import org.eduaid.testkit.security.TestCallers;
import org.eduaid.testkit.security.TokenAttacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.DynamicTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/** The roster's API: the school-age ledger, comparisons, absence reports, imports, and who may use them. */
@EduAidServiceTest
class RosterApiIntegrationTest {

    private static final ResidentIdNumber.Sex MALE = ResidentIdNumber.Sex.MALE;
    private static final ResidentIdNumber.Sex FEMALE = ResidentIdNumber.Sex.FEMALE;

    @Autowired
    WebTestClient anonymous;

    @Autowired
    RosterRecords records;

    @Autowired
    ComparisonRuns runs;

    @Test
    void importingTheSameRowsAgainChangesNothing() {
        ResidentIdNumber first = childAged(LINXI, 8, MALE);
        ResidentIdNumber second = childAged(LINXI, 9, FEMALE);
        ImportScope scope = new ImportScope(LINXI, null, "import:150424");
        List<RosterRecord> rows = List.of(
                new RosterRecord(1, first, "王小明", LINXI, LINXI_TOWNSHIP, null),
                new RosterRecord(2, second, "李春燕", LINXI, null, null),
                new RosterRecord(3, childAged(KESHIKETENG, 8), "张伟", KESHIKETENG, null, null),
                new RosterRecord(4, first, "王小明", LINXI, LINXI_TOWNSHIP, null),
                new RosterRecord(5, idNumber(LINXI, LocalDate.now().minusYears(40), MALE), "张建国", LINXI, null, null));

        List<RowOutcome> outcomes = records.apply(rows, scope, TraceContext.fresh()).block();
        assertThat(outcomes).extracting(RowOutcome::result).containsExactly(RowOutcome.Result.CREATED,
                RowOutcome.Result.CREATED, RowOutcome.Result.REJECTED, RowOutcome.Result.REJECTED,
                RowOutcome.Result.REJECTED);
        assertThat(outcomes.get(2).field()).isEqualTo("countyCode");
        assertThat(outcomes.get(3).field()).isEqualTo("idNumber");
        assertThat(outcomes.get(3).reason()).contains("row 1");
        outcomes.forEach(outcome -> assertThat(String.valueOf(outcome.reason())).doesNotContain(first.unmaskedValue()));

        List<RowOutcome> again = records.apply(rows.subList(0, 2), scope, TraceContext.fresh()).block();
        assertThat(again).extracting(RowOutcome::result).containsOnly(RowOutcome.Result.UNCHANGED);

        List<RowOutcome> moved = records.apply(List.of(new RosterRecord(1, first, "王小明", LINXI, "150424101", null)),
                scope, TraceContext.fresh()).block();
        assertThat(moved).extracting(RowOutcome::result).containsExactly(RowOutcome.Result.UPDATED);
    }

    @Test
    void theSchoolAgeLedgerCountsChildrenByAgeAndSexAndListsThemMasked() {
        WebTestClient officer = TestCallers.countyOfficer(LHASA_CHENGGUAN).signIn(anonymous);
        JsonNode before = ledger(officer, LHASA_CHENGGUAN);
        long pageTotalBefore = page(officer, LHASA_CHENGGUAN).get("total").asLong();

        ResidentIdNumber boy = childAged(LHASA_CHENGGUAN, 7, MALE);
        importRows(LHASA_CHENGGUAN, boy, childAged(LHASA_CHENGGUAN, 7, FEMALE), childAged(LHASA_CHENGGUAN, 12, MALE),
                childAged(LHASA_CHENGGUAN, 17, MALE), childAged(LHASA_CHENGGUAN, 3, FEMALE));

        JsonNode after = ledger(officer, LHASA_CHENGGUAN);
        assertThat(after.get("total").asLong() - before.get("total").asLong()).isEqualTo(3);
        assertThat(after.get("fromAge").asInt()).isEqualTo(6);
        assertThat(after.get("toAge").asInt()).isEqualTo(15);
        assertThat(count(after, 7, "male") - count(before, 7, "male")).isEqualTo(1);
        assertThat(count(after, 7, "female") - count(before, 7, "female")).isEqualTo(1);
        assertThat(count(after, 12, "male") - count(before, 12, "male")).isEqualTo(1);
        assertThat(after.get("byAge")).hasSize(10);

        JsonNode page = page(officer, LHASA_CHENGGUAN);
        assertThat(page.get("total").asLong() - pageTotalBefore).isEqualTo(3);
        String body = page.toString();
        assertThat(body).doesNotContain(boy.unmaskedValue());
        page.get("children").forEach(child -> {
            assertThat(child.get("idNumber").asText()).matches("540102\\*{8}\\d{3}[0-9X]");
            assertThat(child.get("name").asText()).contains("*");
            assertThat(child.get("enrolment").asText()).isNotBlank();
            assertThat(child.get("age").asInt()).isBetween(6, 15);
        });
    }

    @Test
    void aComparisonFindsEveryUnenrolledSchoolAgeChild() {
        importRows(LHASA_CHENGGUAN, childAged(LHASA_CHENGGUAN, 6), childAged(LHASA_CHENGGUAN, 10),
                childAged(LHASA_CHENGGUAN, 15));
        WebTestClient officer = TestCallers.countyOfficer(LHASA_CHENGGUAN).signIn(anonymous);

        String location = officer.post().uri("/api/enrollment/roster/comparisons").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"countyCode\":\"540102\"}").exchange()
                .expectStatus().isAccepted()
                .expectBody().jsonPath("$.status").isEqualTo("RUNNING")
                .returnResult().getResponseHeaders().getLocation().toString();

        JsonNode done = await().atMost(Duration.ofSeconds(30)).until(() -> officer.get().uri(location).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody(),
                run -> !"RUNNING".equals(run.get("status").asText()));
        assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(done.get("examined").asLong()).isGreaterThanOrEqualTo(3);
        // nobody imported here is registered as a student: each is suspected for want of an enrolment
        assertThat(done.get("suspectedByReason").get("NO_ENROLMENT").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(done.get("suspected").asLong()).isEqualTo(done.get("suspectedByReason").get("NO_ENROLMENT").asLong()
                + done.get("suspectedByReason").get("WITHDREW").asLong()
                + done.get("suspectedByReason").get("PROLONGED_ABSENCE").asLong());

        TestCallers.countyOfficer(LINXI).signIn(anonymous).get().uri(location).exchange().expectStatus().isNotFound();
        TestCallers.provinceOfficer("54").signIn(anonymous).get().uri(location).exchange().expectStatus().isOk();
    }

    @Test
    void oneComparisonPerCountyAtATime() {
        assertThat(runs.acquire(KESHIKETENG, "another-replica", Duration.ofMinutes(5), Instant.now()).block()).isTrue();
        WebTestClient officer = TestCallers.countyOfficer(KESHIKETENG).signIn(anonymous);
        try {
            officer.post().uri("/api/enrollment/roster/comparisons").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"countyCode\":\"150425\"}").exchange()
                    .expectStatus().isEqualTo(409);
            assertThat(runs.acquire(KESHIKETENG, "a-third-replica", Duration.ofMinutes(5), Instant.now()).block()).isFalse();
            // an expired lease is taken over
            assertThat(runs.acquire(KESHIKETENG, "a-third-replica", Duration.ofMinutes(5), Instant.now().plusSeconds(600))
                    .block()).isTrue();
        } finally {
            runs.release(KESHIKETENG, "another-replica").block();
            runs.release(KESHIKETENG, "a-third-replica").block();
        }
        officer.post().uri("/api/enrollment/roster/comparisons").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"countyCode\":\"150425\"}").exchange()
                .expectStatus().isAccepted();
    }

    @Test
    void schoolsReportAbsencesOfTheirOwnStudentsOnceAPerSpell() {
        String school = SchoolMother.freshSchoolCode();
        TestCallers.countyOfficer(LINXI).signIn(anonymous).post().uri("/api/enrollment/schools")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(SchoolMother.linxiPrimary(school)).exchange()
                .expectStatus().isCreated();
        String report = """
                {"studentId":"p-abcdefghijklmnopqrstuvwxyz","schoolCode":"%s","fromDate":"%s","daysAbsent":%d,"note":"家长带外出务工"}""";
        String from = LocalDate.now().minusDays(30).toString();
        WebTestClient clerk = TestCallers.schoolClerk(LINXI, school).signIn(anonymous);

        clerk.post().uri("/api/enrollment/absences").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(report.formatted(school, from, 21)).exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.countyCode").isEqualTo(LINXI).jsonPath("$.note").doesNotExist();
        clerk.post().uri("/api/enrollment/absences").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(report.formatted(school, from, 25)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.daysAbsent").isEqualTo(25);

        TestCallers.schoolClerk(LINXI, "1999999999").signIn(anonymous).post().uri("/api/enrollment/absences")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(report.formatted(school, from, 21)).exchange()
                .expectStatus().isNotFound();
        TestCallers.countyOfficer(KESHIKETENG).signIn(anonymous).post().uri("/api/enrollment/absences")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(report.formatted(school, from, 21)).exchange()
                .expectStatus().isNotFound();
        TestCallers.countyOfficer(LINXI).signIn(anonymous).post().uri("/api/enrollment/absences")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(report.formatted(school, from, 22)).exchange()
                .expectStatus().isOk();
        TestCallers.auditor("15").signIn(anonymous).post().uri("/api/enrollment/absences")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(report.formatted(school, from, 21)).exchange()
                .expectStatus().isForbidden();
        clerk.post().uri("/api/enrollment/absences").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(report.formatted(school, LocalDate.now().plusDays(3), 21)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("fromDate");
        clerk.post().uri("/api/enrollment/absences").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(report.formatted(school, from, 0)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("daysAbsent");
    }

    @TestFactory
    Stream<DynamicTest> theLedgersAreReadByOfficersAndAuditorsWithinScope() {
        return Stream.of("/api/enrollment/ledgers/school-age?countyCode=150424", "/api/enrollment/roster?countyCode=150424")
                .flatMap(uri -> RoleMatrix.of(EndpointCall.get(uri))
                        .expect("a clerk", TestCallers.schoolClerk(LINXI, "1150424001"), 403)
                        .expect("Linxi's officer", TestCallers.countyOfficer(LINXI), 200)
                        .expect("a neighbouring county's officer", TestCallers.countyOfficer(KESHIKETENG), 404)
                        .expect("Chifeng's officer", TestCallers.cityOfficer("1504"), 200)
                        .expect("Tongliao's officer", TestCallers.cityOfficer("1505"), 404)
                        .expect("Inner Mongolia's auditor", TestCallers.auditor("15"), 200)
                        .expect("Tibet's officer", TestCallers.provinceOfficer("54"), 404)
                        .expect("the platform admin", TestCallers.platformAdmin(), 200)
                        .tests(anonymous));
    }

    @TestFactory
    Stream<DynamicTest> onlyTheCountysOfficerStartsItsComparison() {
        return RoleMatrix.of(EndpointCall.post("/api/enrollment/roster/comparisons", "{\"countyCode\":\"150423\"}"))
                .expect("a clerk", TestCallers.schoolClerk("150423", "1150423001"), 403)
                .expect("Chifeng's officer", TestCallers.cityOfficer("1504"), 403)
                .expect("an auditor", TestCallers.auditor("15"), 403)
                .expect("a neighbouring county's officer", TestCallers.countyOfficer(LINXI), 404)
                .tests(anonymous);
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointRefusesRequestsWithoutAValidToken() {
        return TokenAttacks.everyEndpointRefusesBadTokens(anonymous, List.of(
                EndpointCall.get("/api/enrollment/roster?countyCode=150424"),
                EndpointCall.get("/api/enrollment/ledgers/school-age?countyCode=150424"),
                EndpointCall.post("/api/enrollment/roster/comparisons", "{\"countyCode\":\"150424\"}"),
                EndpointCall.get("/api/enrollment/roster/comparisons/00000000-0000-0000-0000-000000000000"),
                EndpointCall.post("/api/enrollment/absences", "{}")));
    }

    @Test
    void badQueriesAreProblems() {
        WebTestClient admin = TestCallers.platformAdmin().signIn(anonymous);
        admin.get().uri("/api/enrollment/ledgers/school-age?countyCode=159999").exchange().expectStatus().isBadRequest();
        admin.get().uri("/api/enrollment/roster?countyCode=150424&size=500").exchange().expectStatus().isBadRequest();
        admin.get().uri("/api/enrollment/roster").exchange().expectStatus().isBadRequest();
        admin.get().uri("/api/enrollment/roster/comparisons/{id}", "{\"$ne\":null}").exchange().expectStatus().isBadRequest();
        admin.post().uri("/api/enrollment/roster/comparisons").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"countyCode\":{\"$gt\":\"\"}}").exchange().expectStatus().isBadRequest();
    }

    private void importRows(String county, ResidentIdNumber... children) {
        List<RosterRecord> rows = new java.util.ArrayList<>();
        for (int i = 0; i < children.length; i++) {
            rows.add(new RosterRecord(i + 1, children[i], name(), county, null, null));
        }
        assertThat(records.apply(rows, new ImportScope(county, null, "import:" + county), TraceContext.fresh()).block())
                .extracting(RowOutcome::result).containsOnly(RowOutcome.Result.CREATED);
    }

    private JsonNode ledger(WebTestClient caller, String county) {
        return caller.get().uri("/api/enrollment/ledgers/school-age?countyCode={county}", county).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode page(WebTestClient caller, String county) {
        return caller.get().uri("/api/enrollment/roster?countyCode={county}&size=200", county).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static long count(JsonNode ledger, int age, String sex) {
        for (JsonNode row : ledger.get("byAge")) {
            if (row.get("age").asInt() == age) {
                return row.get(sex).asLong();
            }
        }
        return 0;
    }

}
