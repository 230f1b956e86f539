package org.eduaid.reporting.school.web;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.atomic.AtomicLong;

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

/** Schools counted per county, city and province from SchoolRegistered events on the real broker. */
@EduAidServiceTest
class SchoolReportIntegrationTest {

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
    void schoolsAreCountedAtEveryLevelOfTheRegionTreeAndADuplicateCountsOnce() {
        // 林西县 (150424) and 克什克腾旗 (150425) are in 赤峰市 (1504), 内蒙古 (15); 拉萨市城关区 (540102) is elsewhere
        CloudEventRecord linxi = registered(freshCode(), "150424", "RURAL");
        kafka.send(linxi.toRecord(Topics.ENROLLMENT_SCHOOLS));
        kafka.send(registered(freshCode(), "150424", "URBAN").toRecord(Topics.ENROLLMENT_SCHOOLS));
        kafka.send(registered(freshCode(), "150425", "RURAL").toRecord(Topics.ENROLLMENT_SCHOOLS));
        kafka.send(registered(freshCode(), "540102", "URBAN").toRecord(Topics.ENROLLMENT_SCHOOLS));
        kafka.send(linxi.toRecord(Topics.ENROLLMENT_SCHOOLS));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get().uri("/api/reports/schools?region=15")
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.region.name").isEqualTo("内蒙古自治区")
                .jsonPath("$.schools").isEqualTo(3)
                .jsonPath("$.children[0].code").isEqualTo("1504")
                .jsonPath("$.children[0].schools").isEqualTo(3)
                .jsonPath("$.freshness.lastEventAtBySource.test").isNotEmpty());
        web.get().uri("/api/reports/schools?region=1504").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.schools").isEqualTo(3)
                .jsonPath("$.children.length()").isEqualTo(2);
        web.get().uri("/api/reports/schools?region=150424").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.region.name").isEqualTo("林西县")
                .jsonPath("$.schools").isEqualTo(2)
                .jsonPath("$.byLocality.RURAL").isEqualTo(1)
                .jsonPath("$.byLocality.URBAN").isEqualTo(1)
                .jsonPath("$.byKind.PRIMARY").isEqualTo(2);
        web.get().uri("/api/reports/schools?region=54").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.schools").isEqualTo(1);
    }

    @Test
    void anUnknownOrMalformedRegionIsABadRequest() {
        web.get().uri("/api/reports/schools?region=99").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("region");
        web.get().uri("/api/reports/schools?region=15x").exchange().expectStatus().isBadRequest();
        web.get().uri("/api/reports/schools").exchange().expectStatus().isBadRequest();
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointRefusesRequestsWithoutAValidToken() {
        return TokenAttacks.everyEndpointRefusesBadTokens(anonymous, List.of(
                EndpointCall.get("/api/reports/schools?region=15"), EndpointCall.get("/api/reports/audit")));
    }

    @TestFactory
    Stream<DynamicTest> figuresAreForTheCallersRegionAndBelowAndNotFoundElsewhere() {
        return Stream.of(
                RoleMatrix.of(EndpointCall.get("/api/reports/schools?region=150424"))
                        .expect("a school clerk", TestCallers.schoolClerk("150424", "1150424001"), 403)
                        .expect("Linxi's officer", TestCallers.countyOfficer("150424"), 200)
                        .expect("a neighbouring county's officer", TestCallers.countyOfficer("150425"), 404)
                        .expect("Chifeng's officer", TestCallers.cityOfficer("1504"), 200)
                        .expect("Inner Mongolia's officer", TestCallers.provinceOfficer("15"), 200)
                        .expect("Inner Mongolia's auditor", TestCallers.auditor("15"), 200)
                        .expect("Tibet's officer", TestCallers.provinceOfficer("54"), 404),
                RoleMatrix.of(EndpointCall.get("/api/reports/schools?region=15"))
                        .expect("Linxi's officer", TestCallers.countyOfficer("150424"), 404)
                        .expect("Chifeng's officer", TestCallers.cityOfficer("1504"), 404)
                        .expect("Inner Mongolia's officer", TestCallers.provinceOfficer("15"), 200)
                        .expect("the platform admin", TestCallers.platformAdmin(), 200))
                .flatMap(matrix -> matrix.tests(anonymous));
    }

    private static String freshCode() {
        return String.format("4%09d", NEXT_CODE.incrementAndGet());
    }

    private static CloudEventRecord registered(String code, String county, String locality) {
        return CloudEventRecord.of(SchoolRegistered.class, code, 1, """
                {"schoolCode":"%s","name":"学校","countyCode":"%s","kind":"PRIMARY","locality":"%s",
                 "boarding":false,"registeredAt":"2026-09-01T00:00:00Z"}""".formatted(code, county, locality));
    }
}
