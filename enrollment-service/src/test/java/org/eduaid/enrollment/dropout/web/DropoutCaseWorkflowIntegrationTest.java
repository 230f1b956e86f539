package org.eduaid.enrollment.dropout.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.eduaid.enrollment.dropout.DropoutCaseMother.LINXI;
import static org.eduaid.enrollment.dropout.web.CaseApi.get;
import static org.eduaid.enrollment.dropout.web.CaseApi.id;
import static org.eduaid.enrollment.dropout.web.CaseApi.post;
import static org.eduaid.enrollment.dropout.web.CaseApi.version;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.eduaid.contracts.envelope.CloudEventHeaders;
import org.eduaid.enrollment.dropout.DropoutCaseMother;
import org.eduaid.enrollment.dropout.application.CaseCalendar;
import org.eduaid.enrollment.dropout.application.CaseEscalation;
import org.eduaid.enrollment.dropout.application.SuspectedChild;
import org.eduaid.enrollment.dropout.application.SuspectedChildren;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.KafkaTestClient;
import org.eduaid.testkit.security.TestCallers;
import org.eduaid.testkit.security.TestToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Mono;

/**
 * The case workflow through the API, on the real store and broker. Children here are unknown to the
 * student registry (no priority groups, no enrolment), which any registry implementation answers.
 */
@EduAidServiceTest
class DropoutCaseWorkflowIntegrationTest {

    @Autowired
    WebTestClient anonymous;

    @Autowired
    CaseEscalation escalation;

    @Autowired
    CaseCalendar calendar;

    @Autowired
    SuspectedChildren suspectedChildren;

    @Autowired
    @Qualifier("dropoutCaseCollection")
    MongoCollection<Document> stored;

    TestToken officer;
    WebTestClient web;

    @BeforeEach
    void signIn() {
        officer = TestCallers.countyOfficer(LINXI);
        web = officer.signIn(anonymous);
    }

    @Test
    void aCaseGoesFromReportToClosureWithEveryStepInItsTimelineAndOnKafka() {
        String child = DropoutCaseMother.freshChild().value();
        var opened = post(web, "/api/enrollment/cases", DropoutCaseMother.report(child, LINXI), 201);
        String caseId = id(opened);
        assertThat(opened).containsEntry("state", "REPORTED").containsEntry("reason", "REPORTED")
                .containsEntry("cityCode", "1504").containsEntry("priorityGroups", List.of());
        String base = "/api/enrollment/cases/" + caseId;

        var verified = post(web, base + "/verification", DropoutCaseMother.verification(version(opened), "GENUINE"), 200);
        assertThat(verified).containsEntry("state", "VERIFIED_GENUINE");
        var persuading = post(web, base + "/persuasion",
                DropoutCaseMother.persuasion(version(verified), calendar.today().plusDays(20)), 200);
        assertThat(persuading).containsEntry("state", "PERSUASION");
        var visited = post(web, base + "/visits", DropoutCaseMother.furtherVisit(version(persuading)), 200);
        assertThat(version(visited)).isGreaterThan(version(persuading));

        var refused = post(web, base + "/return", DropoutCaseMother.returnToSchool(version(visited), "2150042401"), 409);
        assertThat((String) refused.get("detail")).contains("no active enrolment");
        var noPlacement = post(web, base + "/placement", DropoutCaseMother.placement(version(visited), "2150042401"), 409);
        assertThat((String) noPlacement.get("detail")).contains("disability");

        var deferred = post(web, base + "/deferral", DropoutCaseMother.deferral(version(visited)), 200);
        assertThat(deferred).containsEntry("state", "DEFERRED");
        var closed = post(web, base + "/closure", DropoutCaseMother.closure(version(deferred)), 200);
        assertThat(closed).containsEntry("state", "CLOSED").containsEntry("outcome", "DEFERRED");

        var shown = get(web, base, 200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> timeline = (List<Map<String, Object>>) shown.get("timeline");
        assertThat(timeline).extracting(entry -> entry.get("step")).containsExactly("OPENED", "VERIFIED",
                "PERSUASION_STARTED", "VISITED", "DEFERRED", "CLOSED");
        assertThat(timeline).allSatisfy(entry -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> by = (Map<String, Object>) entry.get("by");
            assertThat(by).containsEntry("subject", officer.subject()).containsEntry("role", "COUNTY_OFFICER");
            assertThat(entry.get("at")).isNotNull();
        });
        assertThat(timeline.get(1).get("visit").toString()).contains("李秀英", "GENUINE");
        assertThat(shown.get("persuasion").toString()).contains("赵永福", "钱丽华");

        List<ConsumerRecord<String, byte[]>> events = await().atMost(Duration.ofSeconds(30))
                .until(() -> CaseApi.eventsOf(caseId), records -> records.size() >= 5);
        assertThat(events).extracting(record -> KafkaTestClient.header(record, CloudEventHeaders.TYPE)).containsExactly(
                "eduaid.enrollment.DropoutCaseOpened.v1", "eduaid.enrollment.DropoutCaseVerified.v1",
                "eduaid.enrollment.DropoutCasePersuasionStarted.v1", "eduaid.enrollment.DropoutCaseDeferred.v1",
                "eduaid.enrollment.DropoutCaseClosed.v1");
        assertThat(events).allSatisfy(record -> {
            assertThat(record.key()).isEqualTo(caseId);
            assertThat(KafkaTestClient.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(caseId);
            String payload = new String(record.value());
            assertThat(payload).contains(child).doesNotContain("李秀英", "张建国", "赵永福", "钱丽华", "孙志强", "术后康复期",
                    "家中务农", officer.subject());
        });
    }

    @Test
    void namesOfficialsNotesAndHealthGroundsAreEncryptedAtRest() {
        var opened = post(web, "/api/enrollment/cases", DropoutCaseMother.report(DropoutCaseMother.freshChild().value(), LINXI), 201);
        String base = "/api/enrollment/cases/" + id(opened);
        var verified = post(web, base + "/verification", DropoutCaseMother.verification(version(opened), "GENUINE"), 200);
        var persuading = post(web, base + "/persuasion",
                DropoutCaseMother.persuasion(version(verified), calendar.today().plusDays(20)), 200);
        post(web, base + "/deferral", DropoutCaseMother.deferral(version(persuading)), 200);

        Document raw = Mono.from(stored.find(new Document("_id", id(opened))).first()).block();
        String json = raw.toJson();
        assertThat(json).doesNotContain("李秀英", "张建国", "赵永福", "钱丽华", "术后康复期", "家中务农", "连续两周未到校")
                .contains("enc:v1:");
        assertThat(raw.getString("openKey")).isEqualTo(opened.get("childId"));
        assertThat(raw.getString("deadline")).isEqualTo(calendar.today().plusDays(20).toString());
    }

    @Test
    void aStepTheStateDoesNotAllowIsAConflictNamingTheStepAndTheState() {
        var opened = post(web, "/api/enrollment/cases", DropoutCaseMother.report(DropoutCaseMother.freshChild().value(), LINXI), 201);
        String base = "/api/enrollment/cases/" + id(opened);

        var refused = post(web, base + "/persuasion", DropoutCaseMother.persuasion(version(opened),
                calendar.today().plusDays(5)), 409);
        assertThat((String) refused.get("detail")).contains("REPORTED", "start persuasion");
        var notClosable = post(web, base + "/closure", DropoutCaseMother.closure(version(opened)), 409);
        assertThat((String) notClosable.get("detail")).contains("REPORTED", "be closed");

        var notGenuine = post(web, base + "/verification", DropoutCaseMother.verification(version(opened), "MOVED_AWAY"), 200);
        assertThat(notGenuine).containsEntry("state", "NOT_GENUINE");
        var noPersuasion = post(web, base + "/persuasion", DropoutCaseMother.persuasion(version(notGenuine),
                calendar.today().plusDays(5)), 409);
        assertThat((String) noPersuasion.get("detail")).contains("NOT_GENUINE");
        post(web, base + "/closure", DropoutCaseMother.closure(version(notGenuine)), 200);
    }

    @Test
    void aCommandOnAStaleVersionIsAConflictAndChangesNothing() {
        var opened = post(web, "/api/enrollment/cases", DropoutCaseMother.report(DropoutCaseMother.freshChild().value(), LINXI), 201);
        String base = "/api/enrollment/cases/" + id(opened);
        var verified = post(web, base + "/verification", DropoutCaseMother.verification(version(opened), "GENUINE"), 200);

        var stale = post(web, base + "/persuasion", DropoutCaseMother.persuasion(version(opened),
                calendar.today().plusDays(5)), 409);
        assertThat((String) stale.get("detail")).contains("changed by someone else");
        assertThat(get(web, base, 200)).containsEntry("state", "VERIFIED_GENUINE")
                .containsEntry("version", (int) version(verified));
    }

    @Test
    void aChildHasOneOpenCaseEvenWhenReportsRace() {
        String child = DropoutCaseMother.freshChild().value();
        List<CompletableFuture<Integer>> reports = new ArrayList<>();
        IntStream.range(0, 6).forEach(i -> reports.add(CompletableFuture.supplyAsync(() -> web.post()
                .uri("/api/enrollment/cases").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(DropoutCaseMother.report(child, LINXI)).exchange()
                .returnResult(String.class).getStatus().value())));
        List<Integer> statuses = reports.stream().map(CompletableFuture::join).toList();

        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
    }

    @Test
    void invalidCommandsAreProblemsNamingTheField() {
        var opened = post(web, "/api/enrollment/cases", DropoutCaseMother.report(DropoutCaseMother.freshChild().value(), LINXI), 201);
        String base = "/api/enrollment/cases/" + id(opened);
        long v = version(opened);

        assertField(post(web, "/api/enrollment/cases", DropoutCaseMother.report("150424200801011234", LINXI), 400), "studentId");
        assertField(post(web, "/api/enrollment/cases", DropoutCaseMother.report(DropoutCaseMother.freshChild().value(), "159999"), 400), "countyCode");
        assertField(post(web, base + "/verification", DropoutCaseMother.verification(v, "MAYBE"), 400), "finding");
        assertField(post(web, base + "/verification", """
                {"visitedOn":"2026-01-01","visitors":["李"],"finding":"GENUINE"}""", 400), "expectedVersion");
        assertField(post(web, base + "/verification", """
                {"expectedVersion":%d,"visitedOn":"%s","visitors":["李"],"finding":"GENUINE"}"""
                .formatted(v, calendar.today().plusDays(3)), 400), "visitedOn");
        var verified = post(web, base + "/verification", DropoutCaseMother.verification(v, "GENUINE"), 200);
        assertField(post(web, base + "/persuasion", DropoutCaseMother.persuasion(version(verified),
                calendar.today().minusDays(1)), 400), "deadline");
        assertField(post(web, base + "/persuasion", """
                {"expectedVersion":%d,"governmentOfficial":"赵永福","educationOfficial":"赵永福","deadline":"%s"}"""
                .formatted(version(verified), calendar.today().plusDays(9)), 400), "educationOfficial");
        assertField(post(web, base + "/persuasion", """
                {"expectedVersion":%d,"educationOfficial":"钱丽华","deadline":"%s"}"""
                .formatted(version(verified), calendar.today().plusDays(9)), 400), "governmentOfficial");
        get(web, "/api/enrollment/cases/not-a-case", 400);
        assertField(get(web, "/api/enrollment/cases?countyCode=" + LINXI + "&state=LOST", 400), "state");
        assertField(get(web, "/api/enrollment/cases?countyCode=" + LINXI + "&size=201", 400), "size");
    }

    @Test
    void anOverdueCaseEscalatesOnceAndTheCityThenSeesAndActsOnIt() {
        LocalDate today = calendar.today();
        var opened = post(web, "/api/enrollment/cases", DropoutCaseMother.report(DropoutCaseMother.freshChild().value(), LINXI), 201);
        String caseId = id(opened);
        String base = "/api/enrollment/cases/" + caseId;
        var verified = post(web, base + "/verification", DropoutCaseMother.verification(version(opened), "GENUINE"), 200);
        var persuading = post(web, base + "/persuasion", DropoutCaseMother.persuasion(version(verified), today), 200);
        WebTestClient city = TestCallers.cityOfficer("1504").signIn(anonymous);

        // on the deadline itself nothing is overdue; the city may read but not act
        escalation.escalateOverdue(today).block();
        assertThat(get(web, base, 200)).containsEntry("escalated", false);
        post(city, base + "/deferral", DropoutCaseMother.deferral(version(persuading)), 403);

        // two replicas running the job for the next day: one escalation
        List.of(escalation.escalateOverdue(today.plusDays(1)), escalation.escalateOverdue(today.plusDays(1)))
                .parallelStream().forEach(run -> run.block());
        escalation.escalateOverdue(today.plusDays(2)).block();

        var escalated = get(web, base, 200);
        assertThat(escalated).containsEntry("escalated", true);
        assertThat(get(city, "/api/enrollment/cases/escalated?cityCode=1504&size=200", 200).get("cases").toString())
                .contains(caseId);
        assertThat(get(TestCallers.cityOfficer("1505").signIn(anonymous), "/api/enrollment/cases/escalated?cityCode=1504", 404))
                .isNotNull();

        List<ConsumerRecord<String, byte[]>> events = await().atMost(Duration.ofSeconds(30))
                .until(() -> CaseApi.eventsOf(caseId), records -> records.size() >= 4);
        assertThat(events).filteredOn(record -> "eduaid.enrollment.DropoutCaseEscalated.v1"
                .equals(KafkaTestClient.header(record, CloudEventHeaders.TYPE))).singleElement()
                .satisfies(record -> assertThat(new String(record.value())).contains("\"cityCode\":\"1504\"",
                        "\"deadline\":\"" + today + "\""));

        var deferredByCity = post(city, base + "/deferral", DropoutCaseMother.deferral(version(escalated)), 200);
        assertThat(deferredByCity).containsEntry("state", "DEFERRED");
    }

    @Test
    void suspectedChildrenOpenCasesOnceAndFillTheCountyLedgers() {
        String county = "150426";
        WebTestClient countyOfficer = TestCallers.countyOfficer(county).signIn(anonymous);
        long suspectedBefore = ((Number) get(countyOfficer, "/api/enrollment/ledgers/suspected?countyCode=" + county, 200)
                .get("total")).longValue();
        PersonId first = DropoutCaseMother.freshChild();
        PersonId second = DropoutCaseMother.freshChild();
        List<SuspectedChild> found = List.of(
                new SuspectedChild(first, county, null, "NO_ENROLMENT", null, calendar.today()),
                new SuspectedChild(second, county, null, "PROLONGED_ABSENCE", "连续缺课 21 天", calendar.today()),
                new SuspectedChild(first, county, null, "NO_ENROLMENT", null, calendar.today()));

        assertThat(suspectedChildren.report(found, TraceContext.fresh()).block()).isEqualTo(2);
        assertThat(suspectedChildren.report(found, TraceContext.fresh()).block()).isZero();

        var ledger = get(countyOfficer, "/api/enrollment/ledgers/suspected?countyCode=" + county + "&size=200", 200);
        assertThat(((Number) ledger.get("total")).longValue()).isEqualTo(suspectedBefore + 2);
        assertThat(ledger.get("byReason").toString()).contains("PROLONGED_ABSENCE=");
        assertThat(ledger.get("page").toString()).contains(first.value(), second.value());

        @SuppressWarnings("unchecked")
        Map<String, Object> row = ((List<Map<String, Object>>) ((Map<String, Object>) ledger.get("page")).get("cases"))
                .stream().filter(r -> first.value().equals(r.get("childId"))).findFirst().orElseThrow();
        String base = "/api/enrollment/cases/" + row.get("caseId");
        post(countyOfficer, base + "/verification",
                DropoutCaseMother.verification(((Number) row.get("version")).longValue(), "GENUINE"), 200);
        assertThat(get(countyOfficer, "/api/enrollment/ledgers/confirmed?countyCode=" + county + "&size=200", 200)
                .get("page").toString()).contains(first.value()).doesNotContain(second.value());
        assertThat(get(countyOfficer, "/api/enrollment/cases?countyCode=" + county + "&state=REPORTED&size=200", 200)
                .get("cases").toString()).contains(second.value()).doesNotContain(first.value());
    }

    private static void assertField(Map<String, Object> problem, String field) {
        assertThat(problem.get("errors").toString()).contains("field=" + field);
    }
}
