package org.eduaid.enrollment.household.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.eduaid.enrollment.household.HouseholdMother.KESHIKETENG;
import static org.eduaid.enrollment.household.HouseholdMother.LINXI;
import static org.eduaid.enrollment.household.HouseholdMother.assistanceRecord;
import static org.eduaid.enrollment.household.HouseholdMother.freshIdNumber;
import static org.eduaid.enrollment.household.HouseholdMother.freshRecordId;
import static org.eduaid.enrollment.household.HouseholdMother.povertyRecord;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import org.eduaid.contracts.Topics;
import org.eduaid.enrollment.household.application.ExternalFlagLookup;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.enrollment.person.PersonIds;
import org.eduaid.kit.privacy.ResidentIdNumber;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.KafkaTestClient;
import org.eduaid.testkit.security.EndpointCall;
import org.eduaid.testkit.security.RoleMatrix;
import org.eduaid.testkit.security.TestCallers;
import org.eduaid.testkit.security.TokenAttacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Who may read where a child's household flags came from, and what the audit log keeps of it. */
@EduAidServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HouseholdFlagAccessIntegrationTest {

    private static final String PATH = "/api/enrollment/household-flags/{studentId}";
    private static final KafkaTestClient kafka = KafkaTestClient.shared();

    @Autowired
    WebTestClient web;

    @Autowired
    ExternalFlagLookup lookup;

    @Autowired
    PersonIds personIds;

    private final Instant base = Instant.now().minus(2, ChronoUnit.HOURS);
    private String idNumber;
    private PersonId linxiChild;

    /** A Linxi child the poverty registry knows (registered, then lifted out), and civil affairs places in Keshiketeng. */
    @BeforeAll
    void agenciesReportAChild() {
        idNumber = freshIdNumber();
        linxiChild = personIds.of(ResidentIdNumber.parse(idNumber));
        String povertyRecordId = freshRecordId("PR");
        kafka.send(povertyRecord(povertyRecordId, 1, base, idNumber, LINXI, "REGISTERED", "2019-01-01")
                .toRecord(Topics.INBOUND_POVERTY_REGISTRY));
        kafka.send(povertyRecord(povertyRecordId, 2, base.plusSeconds(60), idNumber, LINXI, "LIFTED_OUT", "2021-02-25")
                .toRecord(Topics.INBOUND_POVERTY_REGISTRY));
        kafka.send(assistanceRecord(freshRecordId("CA"), 1, base, idNumber, KESHIKETENG, "DIBAO", "GRANTED", "2023-09-01")
                .toRecord(Topics.INBOUND_CIVIL_AFFAIRS));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var flags = lookup.flagsOf(List.of(linxiChild)).block().get(linxiChild);
            return flags.size() == 2 && flags.stream().anyMatch(f -> f.flag().equals("REGISTERED_POOR")
                    && f.effectiveOn().toString().equals("2021-02-25"));
        });
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointRefusesRequestsWithoutAValidToken() {
        return TokenAttacks.everyEndpointRefusesBadTokens(web,
                List.of(EndpointCall.get("/api/enrollment/household-flags/" + linxiChild.value())));
    }

    @TestFactory
    Stream<DynamicTest> officersAndAuditorsReadWithinTheirScopeAndClerksNotAtAll() {
        return RoleMatrix.of(EndpointCall.get("/api/enrollment/household-flags/" + linxiChild.value()))
                .expect("a Linxi clerk", TestCallers.schoolClerk(LINXI, "1150424001"), 403)
                .expect("Linxi's officer", TestCallers.countyOfficer(LINXI), 200)
                .expect("Keshiketeng's officer (civil affairs placed the child there)", TestCallers.countyOfficer(KESHIKETENG), 200)
                .expect("another county's officer", TestCallers.countyOfficer("150426"), 404)
                .expect("Chifeng's officer", TestCallers.cityOfficer("1504"), 200)
                .expect("Tongliao's officer", TestCallers.cityOfficer("1505"), 404)
                .expect("Inner Mongolia's officer", TestCallers.provinceOfficer("15"), 200)
                .expect("Inner Mongolia's auditor", TestCallers.auditor("15"), 200)
                .expect("Linxi's auditor", TestCallers.auditor(LINXI), 200)
                .expect("Tibet's officer", TestCallers.provinceOfficer("54"), 404)
                .expect("the platform admin", TestCallers.platformAdmin(), 200)
                .tests(web);
    }

    @Test
    void eachSourcesWordIsShownWithItsHistory() {
        TestCallers.cityOfficer("1504").signIn(web).get().uri(PATH, linxiChild.value()).exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches("Cache-Control", ".*no-store.*")
                .expectBody()
                .jsonPath("$.studentId").isEqualTo(linxiChild.value())
                .jsonPath("$.flags.length()").isEqualTo(2)
                .jsonPath("$.flags[0].flag").isEqualTo("REGISTERED_POOR")
                .jsonPath("$.flags[0].source").isEqualTo("poverty-registry")
                .jsonPath("$.flags[0].on").isEqualTo(true)
                .jsonPath("$.flags[0].effectiveOn").isEqualTo("2021-02-25")
                .jsonPath("$.flags[0].recordedAt").isEqualTo(base.plusSeconds(60).toString())
                .jsonPath("$.flags[0].countyCode").isEqualTo(LINXI)
                .jsonPath("$.flags[0].history.length()").isEqualTo(2)
                .jsonPath("$.flags[0].history[0].effectiveOn").isEqualTo("2019-01-01")
                .jsonPath("$.flags[0].history[0].eventId").isNotEmpty()
                .jsonPath("$.flags[0].history[1].effectiveOn").isEqualTo("2021-02-25")
                .jsonPath("$.flags[1].flag").isEqualTo("DIBAO")
                .jsonPath("$.flags[1].source").isEqualTo("civil-affairs")
                .jsonPath("$.flags[1].on").isEqualTo(true)
                .jsonPath("$.flags[1].countyCode").isEqualTo(KESHIKETENG)
                .jsonPath("$.flags[1].history.length()").isEqualTo(1);
    }

    @Test
    void aCountyOfficerSeesOnlyTheSourcesThatPlaceTheChildInTheirCounty() {
        TestCallers.countyOfficer(LINXI).signIn(web).get().uri(PATH, linxiChild.value()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.flags.length()").isEqualTo(1)
                .jsonPath("$.flags[0].source").isEqualTo("poverty-registry");
    }

    @Test
    void theResponseNeverCarriesTheIdNumber() {
        String body = new String(TestCallers.platformAdmin().signIn(web).get().uri(PATH, linxiChild.value()).exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody());

        assertThat(body).doesNotContain(idNumber).doesNotContain(idNumber.substring(6, 14));
    }

    @Test
    void aChildNoAgencyReportedIsNotFoundAndAMalformedIdIsABadRequest() {
        WebTestClient admin = TestCallers.platformAdmin().signIn(web);
        admin.get().uri(PATH, personIds.of(ResidentIdNumber.parse(freshIdNumber())).value()).exchange()
                .expectStatus().isNotFound();
        admin.get().uri(PATH, "{\"$ne\":null}").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void readingIsAuditedAsADisclosure() {
        TestCallers.countyOfficer(LINXI).subject("officer.linxi.household").signIn(web).get().uri(PATH, linxiChild.value())
                .exchange().expectStatus().isOk();

        TestCallers.platformAdmin().signIn(web).get()
                .uri("/api/enrollment/audit?record=student:{id}&actor=officer.linxi.household", linxiChild.value())
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.entries.length()").isEqualTo(1)
                .jsonPath("$.entries[0].action").isEqualTo("household-flags.read")
                .jsonPath("$.entries[0].method").isEqualTo("GET")
                .jsonPath("$.entries[0].status").isEqualTo(200)
                .jsonPath("$.entries[0].outcome").isEqualTo("SUCCEEDED");
    }
}
