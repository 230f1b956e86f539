package org.eduaid.teacher.school.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.eduaid.contracts.Topics;
import org.eduaid.contracts.enrollment.SchoolRegistered;
import org.eduaid.kit.consumer.DeadLetterErrorHandling;
import org.eduaid.testkit.CloudEventRecord;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.KafkaTestClient;
import org.eduaid.testkit.security.EndpointCall;
import org.eduaid.testkit.security.RoleMatrix;
import org.eduaid.testkit.security.TestCallers;
import org.eduaid.testkit.security.TokenAttacks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** teacher-service keeps its posting schools from enrollment-service's events, on the real broker. */
@EduAidServiceTest
class PostingSchoolIntegrationTest {

    private static final String DEAD_LETTERS = Topics.deadLetterTopic(Topics.ENROLLMENT_SCHOOLS, "teacher-school-directory");

    @Autowired
    WebTestClient anonymous;

    WebTestClient web;

    @BeforeEach
    void signIn() {
        web = TestCallers.platformAdmin().signIn(anonymous);
    }

    @Test
    void aRegisteredRuralSchoolBecomesARuralPostingAndAnUnknownLocalityIsDeadLettered() {
        String rural = code();
        String odd = code();
        KafkaTestClient kafka = KafkaTestClient.shared();
        kafka.send(registered(odd, "SUBURBAN").toRecord(Topics.ENROLLMENT_SCHOOLS, 0));
        kafka.send(registered(rural, "RURAL").toRecord(Topics.ENROLLMENT_SCHOOLS, 0));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get().uri("/api/teachers/schools/{code}", rural)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.rural").isEqualTo(true)
                .jsonPath("$.countyCode").isEqualTo("150424"));
        web.get().uri("/api/teachers/schools/{code}", odd).exchange().expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json");
        assertThat(kafka.readAll(DEAD_LETTERS, Duration.ofSeconds(3))).filteredOn(record -> odd.equals(record.key()))
                .singleElement()
                .satisfies(record -> assertThat(KafkaTestClient.header(record, DeadLetterErrorHandling.REASON_HEADER))
                        .contains("locality"));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointRefusesRequestsWithoutAValidToken() {
        return TokenAttacks.everyEndpointRefusesBadTokens(anonymous, List.of(
                EndpointCall.get("/api/teachers/schools/1150424001"), EndpointCall.get("/api/teachers/audit")));
    }

    @TestFactory
    Stream<DynamicTest> aSchoolIsVisibleInsideTheCallersScopeAndNotFoundOutsideIt() {
        String code = code();
        KafkaTestClient.shared().send(registered(code, "RURAL").toRecord(Topics.ENROLLMENT_SCHOOLS, 0));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get().uri("/api/teachers/schools/{code}", code)
                .exchange().expectStatus().isOk());

        return RoleMatrix.ofLinxiSchoolRecord(EndpointCall.get("/api/teachers/schools/" + code), code).tests(anonymous);
    }

    private static String code() {
        return "5" + Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000_000L + 1_000_000_000L).substring(1);
    }

    private static CloudEventRecord registered(String code, String locality) {
        return CloudEventRecord.of(SchoolRegistered.class, code, 1, """
                {"schoolCode":"%s","name":"大营子乡中心小学","countyCode":"150424","kind":"PRIMARY","locality":"%s",
                 "boarding":true,"registeredAt":"2026-09-01T00:00:00Z"}""".formatted(code, locality));
    }
}
