package org.eduaid.subsidy.gap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eduaid.subsidy.review.ReviewMother.KESHIKETENG;
import static org.eduaid.subsidy.review.ReviewMother.LINXI;
import static org.eduaid.subsidy.review.ReviewMother.applicationId;
import static org.eduaid.subsidy.review.ReviewMother.eligible;
import static org.eduaid.subsidy.review.ReviewMother.get;
import static org.eduaid.subsidy.review.ReviewMother.student;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eduaid.kit.events.TraceContexts;
import org.eduaid.subsidy.calendar.Term;
import org.eduaid.subsidy.disbursement.application.PaymentId;
import org.eduaid.subsidy.disbursement.application.PaymentStatus;
import org.eduaid.subsidy.testsupport.StagedPaymentStatuses;
import org.eduaid.subsidy.review.ReviewMother;
import org.eduaid.subsidy.review.application.ApplicationChanges;
import org.eduaid.subsidy.review.application.ApplicationRepository;
import org.eduaid.subsidy.review.application.AutomaticApplications;
import org.eduaid.subsidy.testsupport.StagedAidStudents;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.security.EndpointCall;
import org.eduaid.testkit.security.RoleMatrix;
import org.eduaid.testkit.security.TestCallers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The gap list on the real store: every eligible student not yet paid for the term, with why; its CSV and summary. */
@EduAidServiceTest
class GapListIntegrationTest {

    private static final Term TERM = Term.parse("2024-2025-1");

    @Autowired
    WebTestClient web;

    @Autowired
    AutomaticApplications automatic;

    @Autowired
    StagedAidStudents students;

    @Autowired
    StagedPaymentStatuses payments;

    @Autowired
    ApplicationRepository applications;

    @Autowired
    ApplicationChanges changes;

    @Autowired
    TraceContexts traces;

    @Test
    void everyEligibleStudentNotYetPaidIsListedWithWhyAndHowLong() {
        String programme = ReviewMother.freshProgramme();
        String blockedProgramme = ReviewMother.freshProgramme();
        Map<String, String> pupils = Stream.of("submitted", "approved", "disbursed", "failed", "held", "ineligible",
                        "rejected", "blocked")
                .collect(Collectors.toMap(k -> k, k -> ReviewMother.freshStudentId()));
        pupils.forEach((role, id) -> students.put("ineligible".equals(role) ? student(id, LINXI, "1150424001")
                : student(id, LINXI, "1150424001", programme, blockedProgramme)));
        automatic.putForward(pupils.entrySet().stream()
                .map(e -> eligible(e.getValue(), "blocked".equals(e.getKey()) ? blockedProgramme : programme, LINXI,
                        "1150424001"))
                .toList()).block();
        Stream.of("approved", "disbursed", "failed", "held").forEach(k -> approve(applicationId(pupils.get(k), programme)));
        approve(applicationId(pupils.get("blocked"), blockedProgramme));
        reject(applicationId(pupils.get("rejected"), programme));
        payments.put(payment(pupils.get("disbursed"), programme, "DISBURSED", null));
        payments.put(payment(pupils.get("failed"), programme, "FAILED", "ACCOUNT_CLOSED"));
        payments.put(payment(pupils.get("held"), programme, "HELD", "NOT_ENROLLED"));
        payments.blockByBudget(LINXI, TERM, blockedProgramme);

        WebTestClient officer = TestCallers.countyOfficer(LINXI).signIn(web);
        Map<String, Map<String, Object>> gaps = allGaps(officer).stream()
                .filter(g -> List.of(programme, blockedProgramme).contains(g.get("programmeCode")))
                .collect(Collectors.toMap(g -> (String) g.get("studentId"), g -> g));

        assertThat(gaps).containsOnlyKeys(pupils.get("submitted"), pupils.get("approved"), pupils.get("failed"),
                pupils.get("held"), pupils.get("blocked"));
        assertThat(gaps.get(pupils.get("submitted"))).containsEntry("reason", "NOT_REVIEWED")
                .containsEntry("daysWaited", 3).containsEntry("maskedName", "王*明");
        assertThat(gaps.get(pupils.get("approved"))).containsEntry("reason", "NOT_IN_BATCH");
        assertThat(gaps.get(pupils.get("failed"))).containsEntry("reason", "FAILED_PAYMENT")
                .containsEntry("detail", "ACCOUNT_CLOSED");
        assertThat(gaps.get(pupils.get("held"))).containsEntry("reason", "HELD").containsEntry("detail", "NOT_ENROLLED")
                .containsEntry("paymentId", PaymentId.of(pupils.get("held"), programme, TERM));
        assertThat(gaps.get(pupils.get("blocked"))).containsEntry("reason", "BUDGET_EXHAUSTED");

        String csv = web.get().uri("/api/subsidies/gaps?countyCode=" + LINXI + "&term=" + TERM.id() + "&format=csv")
                .headers(h -> h.setBearerAuth(TestCallers.countyOfficer(LINXI).encode())).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("text/csv;charset=UTF-8")
                .expectHeader().valueMatches("Content-Disposition", ".*aid-gaps-term-1_150424_2024-2025\\.csv.*")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv).startsWith("\uFEFFapplicationId,studentId,maskedName").contains(pupils.get("failed"))
                .contains("FAILED_PAYMENT,ACCOUNT_CLOSED").doesNotContain(pupils.get("disbursed"))
                .doesNotContain(ReviewMother.MASKED_ID);

        Map<String, Object> summary = get(TestCallers.cityOfficer("1504").signIn(web),
                "/api/subsidies/gaps/summary?regionCode=1504&term=" + TERM.id(), 200);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> byProgramme = (Map<String, Map<String, Object>>) summary.get("byProgramme");
        assertThat(byProgramme.get(programme)).containsEntry("total", 4).containsEntry("byReason",
                Map.of("NOT_REVIEWED", 1, "NOT_IN_BATCH", 1, "HELD", 1, "FAILED_PAYMENT", 1));
        assertThat(byProgramme.get(blockedProgramme)).containsEntry("total", 1);
        assertThat(summary).containsEntry("regionCode", "1504").containsEntry("term", TERM.id());
    }

    @Test
    void theTermIsCheckedAndTheDefaultIsTheCurrentOne() {
        WebTestClient officer = TestCallers.countyOfficer(LINXI).signIn(web);
        get(officer, "/api/subsidies/gaps?countyCode=" + LINXI + "&term=2024-1", 400);
        get(officer, "/api/subsidies/gaps?countyCode=" + LINXI + "&format=pdf", 400);
        assertThat(get(officer, "/api/subsidies/gaps?countyCode=" + LINXI, 200).get("term"))
                .isEqualTo(Term.containing(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))).id());
        get(TestCallers.provinceOfficer("15").signIn(web), "/api/subsidies/gaps/summary?regionCode=54", 404);
    }

    @TestFactory
    Stream<DynamicTest> theGapListIsForOfficersAndAuditorsWithinTheirRegion() {
        return Stream.of("/api/subsidies/gaps?countyCode=" + LINXI, "/api/subsidies/gaps/summary?regionCode=" + LINXI)
                .flatMap(uri -> RoleMatrix.of(EndpointCall.get(uri))
                        .expect("a Linxi school clerk", TestCallers.schoolClerk(LINXI, "1150424001"), 403)
                        .expect("Linxi's officer", TestCallers.countyOfficer(LINXI), 200)
                        .expect("a neighbouring county's officer", TestCallers.countyOfficer(KESHIKETENG), 404)
                        .expect("Chifeng's officer", TestCallers.cityOfficer("1504"), 200)
                        .expect("Tongliao's officer", TestCallers.cityOfficer("1505"), 404)
                        .expect("Inner Mongolia's auditor", TestCallers.auditor("15"), 200)
                        .expect("the platform admin", TestCallers.platformAdmin(), 200)
                        .tests(web));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> allGaps(WebTestClient officer) {
        Map<String, Object> page = get(officer, "/api/subsidies/gaps?countyCode=" + LINXI + "&term=" + TERM.id()
                + "&size=500", 200);
        return (List<Map<String, Object>>) page.get("gaps");
    }

    /** Through review and a notice, as the domain allows, without the API (the notice tests cover that path). */
    private void approve(String applicationId) {
        var trace = traces.current().block();
        changes.apply(applications.find(applicationId).block(), a -> Optional.of(a.review(true, null, "officer",
                Instant.now())), trace).block();
        changes.apply(applications.find(applicationId).block(), a -> Optional.of(a.putOnNotice("AN-150424-test")),
                trace).block();
        changes.apply(applications.find(applicationId).block(), a -> Optional.of(a.approve("AN-150424-test",
                Instant.now())), trace).block();
    }

    private void reject(String applicationId) {
        changes.apply(applications.find(applicationId).block(), a -> Optional.of(a.review(false, "不符合", "officer",
                Instant.now())), traces.current().block()).block();
    }

    private static PaymentStatus payment(String studentId, String programme, String state, String reason) {
        return new PaymentStatus(PaymentId.of(studentId, programme, TERM), state, reason, Instant.now());
    }
}
