package org.eduaid.teacher.allowance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eduaid.contracts.Topics;
import org.eduaid.teacher.school.application.PostingSchools;
import org.eduaid.teacher.teacher.application.TeacherView;
import org.eduaid.teacher.testsupport.PostingSchoolsOnKafka;
import org.eduaid.teacher.testsupport.StagedTeachers;
import org.eduaid.teacher.testsupport.TeacherViews;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.KafkaTestClient;
import org.eduaid.testkit.security.TestCallers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Payrolls, the bank's answers and honours through the API, on the real store and broker. */
@EduAidServiceTest
class AllowancePayrollIntegrationTest {

    @Autowired
    WebTestClient anonymous;

    @Autowired
    PostingSchools schools;

    @Autowired
    StagedTeachers staged;

    WebTestClient linxi;
    String ruralSchool;
    String teachingPoint;
    String urbanSchool;

    @BeforeEach
    void schools() {
        linxi = TestCallers.countyOfficer("150424").signIn(anonymous);
        ruralSchool = PostingSchoolsOnKafka.register(schools, "150424", "PRIMARY", true);
        teachingPoint = PostingSchoolsOnKafka.register(schools, "150424", "TEACHING_POINT", true);
        urbanSchool = PostingSchoolsOnKafka.register(schools, "150424", "JUNIOR_SECONDARY", false);
    }

    @Test
    void aTeacherRotatedToATeachingPointIsPaidEachMonthAtTheSchoolOfThatMonthAndNeverTwice() {
        TeacherView rotated = stage(TeacherViews.teacher().postedAt(ruralSchool, "150424", true, "2020-09-01", "2026-09-30")
                .postedAt(teachingPoint, "150424", true, "2026-10-01", null));
        TeacherView urban = stage(TeacherViews.teacher().postedAt(urbanSchool, "150424", false, "2020-09-01", null));

        String september = key();
        run("2026-09", september).expectStatus().isOk();
        run("2026-10", key()).expectStatus().isOk();
        run("2026-09", key()).expectStatus().isOk().expectBody()
                .jsonPath("$.payrolls[0].payrollId").isEqualTo("150424~2026-09")
                .jsonPath("$.payrolls[0].approved").isEqualTo(0);
        run("2026-10", september).expectStatus().isEqualTo(422);

        Map<String, Map<String, Object>> paid = payments("150424~2026-09");
        assertThat(paid.get(rotated.teacherId() + "~2026-09")).containsEntry("amountFen", 30_000)
                .containsEntry("schoolCode", ruralSchool).containsEntry("tier", "RURAL_SCHOOL");
        assertThat(payments("150424~2026-10").get(rotated.teacherId() + "~2026-10")).containsEntry("amountFen", 40_000)
                .containsEntry("schoolCode", teachingPoint).containsEntry("tier", "VILLAGE_SCHOOL");
        assertThat(paid).doesNotContainKey(urban.teacherId() + "~2026-09");
        assertThat(KafkaTestClient.shared().readAll(Topics.TEACHER_ALLOWANCES, Duration.ofSeconds(10)))
                .filteredOn(record -> (rotated.teacherId() + "~2026-09").equals(record.key()))
                .hasSize(1);
    }

    @Test
    void aFailedPaymentWaitsOnTheRetryListUntilResubmittedAndPaid() {
        TeacherView teacher = stage(TeacherViews.teacher().postedAt(ruralSchool, "150424", true, "2019-09-01", null));
        run("2026-09", key()).expectStatus().isOk();
        String paymentId = teacher.teacherId() + "~2026-09";

        results(List.of(Map.of("paymentId", paymentId, "outcome", "FAILED", "reason", "ACCOUNT_CLOSED")))
                .jsonPath("$.failed").isEqualTo(1);
        linxi.get().uri("/api/teachers/allowances/retries?countyCode=150424").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.payments[?(@.paymentId == '" + paymentId + "')].state").isEqualTo("FAILED");
        String resubmission = key();
        linxi.post().uri("/api/teachers/allowances/payments/{id}/resubmission", paymentId)
                .header("Idempotency-Key", resubmission).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("RESUBMITTED").jsonPath("$.attempts").isEqualTo(2);
        linxi.post().uri("/api/teachers/allowances/payments/{id}/resubmission", paymentId)
                .header("Idempotency-Key", resubmission).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.attempts").isEqualTo(2);
        results(List.of(Map.of("paymentId", paymentId, "outcome", "DISBURSED", "valueDate", "2026-10-12")))
                .jsonPath("$.disbursed").isEqualTo(1);
        results(List.of(Map.of("paymentId", paymentId, "outcome", "DISBURSED", "valueDate", "2026-10-12")))
                .jsonPath("$.refused[0]").isEqualTo(paymentId);
        assertThat(payments("150424~2026-09").get(paymentId)).containsEntry("state", "DISBURSED");
    }

    @Test
    void onlyOfficersOfTheRegionRunPayrollsAndEachNeedsAnIdempotencyKey() {
        TestCallers.schoolClerk("150424", ruralSchool).signIn(anonymous).post().uri("/api/teachers/allowances/payrolls")
                .header("Idempotency-Key", key()).bodyValue(Map.of("regionCode", "150424", "month", "2026-09"))
                .exchange().expectStatus().isForbidden();
        TestCallers.cityOfficer("1505").signIn(anonymous).post().uri("/api/teachers/allowances/payrolls")
                .header("Idempotency-Key", key()).bodyValue(Map.of("regionCode", "150424", "month", "2026-09"))
                .exchange().expectStatus().isNotFound();
        linxi.post().uri("/api/teachers/allowances/payrolls").bodyValue(Map.of("regionCode", "150424", "month", "2026-09"))
                .exchange().expectStatus().isBadRequest();
        run("2099-01", key()).expectStatus().isBadRequest();
    }

    @Test
    void twentyYearsInRuralSchoolsEarnACertificateOnceHoweverOftenTheRunGoes() {
        TeacherView veteran = stage(TeacherViews.teacher().postedAt(teachingPoint, "150424", true, "1999-09-01", null));

        linxi.post().uri("/api/teachers/honours/runs").bodyValue(Map.of("regionCode", "150424", "year", 2026)).exchange()
                .expectStatus().isOk();
        linxi.post().uri("/api/teachers/honours/runs").bodyValue(Map.of("regionCode", "150424", "year", 2026)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.awardedBefore").value(count -> assertThat((Integer) count).isPositive());

        linxi.get().uri("/api/teachers/honours?regionCode=150424&year=2026").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.honours[?(@.teacherId == '" + veteran.teacherId() + "')].years").isEqualTo(List.of(20));
        assertThat(KafkaTestClient.shared().readAll(Topics.TEACHER_HONOURS, Duration.ofSeconds(10)))
                .filteredOn(record -> (veteran.teacherId() + "~20").equals(record.key())).hasSize(1);
    }

    private TeacherView stage(TeacherViews teacher) {
        TeacherView view = teacher.build();
        staged.put(view);
        return view;
    }

    private WebTestClient.ResponseSpec run(String month, String key) {
        return linxi.post().uri("/api/teachers/allowances/payrolls").header("Idempotency-Key", key)
                .bodyValue(Map.of("regionCode", "150424", "month", month)).exchange();
    }

    private WebTestClient.BodyContentSpec results(List<Map<String, Object>> results) {
        return linxi.post().uri("/api/teachers/allowances/payrolls/150424~2026-09/results").header("Idempotency-Key", key())
                .bodyValue(results).exchange().expectStatus().isOk().expectBody();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> payments(String payrollId) {
        Map<String, Object> list = linxi.get().uri("/api/teachers/allowances/payrolls/{id}/payments", payrollId).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        Map<String, Map<String, Object>> byId = new java.util.HashMap<>();
        ((List<Map<String, Object>>) list.get("payments")).forEach(payment -> byId.put((String) payment.get("paymentId"), payment));
        return byId;
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
