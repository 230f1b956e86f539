package org.eduaid.subsidy.school.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.eduaid.subsidy.testsupport.DeadLetters.reasonFor;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eduaid.contracts.Topics;
import org.eduaid.contracts.enrollment.SchoolRegistered;
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

/** The school directory consumer on the real broker: idempotent, order-safe, dead-letters what it cannot read. */
@EduAidServiceTest
class AidSchoolDirectoryIntegrationTest {

    private static final String DEAD_LETTERS = Topics.deadLetterTopic(Topics.ENROLLMENT_SCHOOLS, "subsidy-school-directory");
    private static final AtomicLong NEXT_CODE = new AtomicLong(System.nanoTime() % 100_000_000L);
    private static final KafkaTestClient kafka = KafkaTestClient.shared();

    @Autowired
    WebTestClient anonymous;

    WebTestClient web;

    @BeforeEach
    void signIn() {
        web = TestCallers.platformAdmin().signIn(anonymous);
    }

    @Test
    void aDuplicateOrOlderEventChangesNothing() {
        String code = freshCode();
        kafka.send(registered(code, 2, "第二版").toRecord(Topics.ENROLLMENT_SCHOOLS, 0));
        awaitSchoolName(code, "第二版");

        CloudEventRecord newest = registered(code, 3, "第三版");
        kafka.send(newest.toRecord(Topics.ENROLLMENT_SCHOOLS, 0));
        kafka.send(registered(code, 3, "同序号的重复").eventId(newest.eventId()).toRecord(Topics.ENROLLMENT_SCHOOLS, 0));
        kafka.send(registered(code, 1, "更旧的版本").toRecord(Topics.ENROLLMENT_SCHOOLS, 0));
        String barrier = freshCode();
        kafka.send(registered(barrier, 1, "屏障").toRecord(Topics.ENROLLMENT_SCHOOLS, 0));
        awaitSchoolName(barrier, "屏障");

        web.get().uri("/api/subsidies/schools/{code}", code).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.name").isEqualTo("第三版");
    }

    @Test
    void malformedAndUnknownRecordsAreDeadLetteredWithTheReasonAndTheNextRecordIsProcessed() {
        String broken = freshCode();
        String unknown = freshCode();
        String missingHeader = freshCode();
        String good = freshCode();
        kafka.send(registered(broken, 1, "x").payload("{not json").toRecord(Topics.ENROLLMENT_SCHOOLS, 1));
        kafka.send(registered(unknown, 1, "x").type("eduaid.enrollment.SchoolDemolished.v1").toRecord(Topics.ENROLLMENT_SCHOOLS, 1));
        kafka.send(registered(missingHeader, 1, "x").withoutHeader("ce_sequence").toRecord(Topics.ENROLLMENT_SCHOOLS, 1));
        kafka.send(registered(good, 1, "好学校").toRecord(Topics.ENROLLMENT_SCHOOLS, 1));

        awaitSchoolName(good, "好学校");
        List<ConsumerRecord<String, byte[]>> deadLetters = await().atMost(Duration.ofSeconds(30))
                .until(() -> kafka.readAll(DEAD_LETTERS, Duration.ofSeconds(2)).stream()
                        .filter(r -> List.of(broken, unknown, missingHeader).contains(r.key())).toList(),
                        records -> records.size() >= 3);

        assertThat(reasonFor(deadLetters, broken)).contains("payload is not a valid eduaid.enrollment.SchoolRegistered.v1");
        assertThat(reasonFor(deadLetters, unknown)).contains("unknown event type 'eduaid.enrollment.SchoolDemolished.v1'");
        assertThat(reasonFor(deadLetters, missingHeader)).contains("missing header ce_sequence");
        ConsumerRecord<String, byte[]> original = deadLetters.stream().filter(r -> broken.equals(r.key())).findFirst().orElseThrow();
        assertThat(new String(original.value())).isEqualTo("{not json");
        assertThat(KafkaTestClient.header(original, "ce_type")).isEqualTo("eduaid.enrollment.SchoolRegistered.v1");
        web.get().uri("/api/subsidies/schools/{code}", broken).exchange().expectStatus().isNotFound();
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointRefusesRequestsWithoutAValidToken() {
        return TokenAttacks.everyEndpointRefusesBadTokens(anonymous, List.of(
                EndpointCall.get("/api/subsidies/schools/1150424001"), EndpointCall.get("/api/subsidies/audit")));
    }

    @TestFactory
    Stream<DynamicTest> aSchoolIsVisibleInsideTheCallersScopeAndNotFoundOutsideIt() {
        String code = freshCode();
        KafkaTestClient.shared().send(registered(code, 1, "林西县第一小学").toRecord(Topics.ENROLLMENT_SCHOOLS, 0));
        awaitSchoolName(code, "林西县第一小学");

        return RoleMatrix.ofLinxiSchoolRecord(EndpointCall.get("/api/subsidies/schools/" + code), code).tests(anonymous);
    }

    private void awaitSchoolName(String code, String name) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get().uri("/api/subsidies/schools/{code}", code)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.name").isEqualTo(name));
    }

    private static String freshCode() {
        return String.format("3%09d", NEXT_CODE.incrementAndGet());
    }

    private static CloudEventRecord registered(String code, long sequence, String name) {
        return CloudEventRecord.of(SchoolRegistered.class, code, sequence, """
                {"schoolCode":"%s","name":"%s","countyCode":"150424","kind":"PRIMARY","locality":"RURAL",
                 "boarding":false,"registeredAt":"2026-09-01T00:00:00Z","addedLater":"ignored"}""".formatted(code, name));
    }
}
