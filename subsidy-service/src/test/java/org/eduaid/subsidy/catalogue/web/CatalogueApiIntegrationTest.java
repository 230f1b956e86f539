package org.eduaid.subsidy.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.eduaid.subsidy.catalogue.ProgrammeBodies.FROM;
import static org.eduaid.subsidy.catalogue.ProgrammeBodies.IN_FORCE;
import static org.eduaid.subsidy.catalogue.ProgrammeBodies.definition;
import static org.eduaid.subsidy.catalogue.ProgrammeBodies.freshCode;
import static org.eduaid.subsidy.catalogue.ProgrammeBodies.revision;
import static org.eduaid.subsidy.catalogue.ProgrammeBodies.standard;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eduaid.contracts.Topics;
import org.eduaid.subsidy.calendar.Term;
import org.eduaid.subsidy.catalogue.application.Catalogue;
import org.eduaid.subsidy.catalogue.application.CatalogueEditor;
import org.eduaid.subsidy.catalogue.application.DefaultCatalogue;
import org.eduaid.subsidy.catalogue.domain.HouseholdFlag;
import org.eduaid.subsidy.catalogue.domain.Programme;
import org.eduaid.subsidy.catalogue.domain.Stage;
import org.eduaid.subsidy.catalogue.domain.StudentFacts;
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
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The catalogue API on the real store and broker: the default catalogue, changes, events, roles. */
@EduAidServiceTest
class CatalogueApiIntegrationTest {

    private static final String BASE = "/api/subsidies/catalogue";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
            new ParameterizedTypeReference<>() {
            };

    @Autowired
    WebTestClient anonymous;

    @Autowired
    Catalogue catalogue;

    @Autowired
    CatalogueEditor editor;

    WebTestClient admin;

    @BeforeEach
    void signIn() {
        admin = TestCallers.platformAdmin().signIn(anonymous);
    }

    @Test
    void theDefaultCatalogueIsThereWithTheSeedsFigures() {
        List<Map<String, Object>> programmes = list(TestCallers.schoolClerk("150424", "1150424001").signIn(anonymous),
                BASE + "/programmes?on=2026-09-01");

        assertThat(programmes).extracting(p -> p.get("code")).contains(DefaultCatalogue.TIBET_FREE_EDUCATION,
                DefaultCatalogue.TIBET_THREE_GUARANTEES, DefaultCatalogue.BOARDING_LIVING_ALLOWANCE,
                DefaultCatalogue.NUTRITION_IMPROVEMENT, DefaultCatalogue.SENIOR_NATIONAL_GRANT,
                DefaultCatalogue.VOCATIONAL_NATIONAL_GRANT, DefaultCatalogue.VOCATIONAL_FEE_EXEMPTION,
                DefaultCatalogue.UNIVERSITY_NATIONAL_GRANT, DefaultCatalogue.UNIVERSITY_REGISTERED_POOR_GRANT,
                DefaultCatalogue.STUDENT_ORIGIN_LOAN);
        admin.get().uri(BASE + "/programmes/{code}", DefaultCatalogue.TIBET_THREE_GUARANTEES).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.kind").isEqualTo("THREE_GUARANTEES")
                .jsonPath("$.standards[0].amountFen").isEqualTo(372_000)
                .jsonPath("$.standards[0].regionPrefix").isEqualTo("54")
                .jsonPath("$.standards[0].unit").isEqualTo("YEAR")
                .jsonPath("$.version").isNumber();
    }

    @Test
    void theDefaultCatalogueIsInstalledOnceAndNeverOverwritesAnEdit() {
        Map<String, Object> before = get(admin, BASE + "/programmes/" + DefaultCatalogue.UNIVERSITY_REGISTERED_POOR_GRANT);
        long version = ((Number) before.get("version")).longValue();
        // the same content again: a change all the same (a new version and event), harmless to other tests
        Map<String, Object> edited = send(admin, HttpMethod.PUT,
                BASE + "/programmes/" + DefaultCatalogue.UNIVERSITY_REGISTERED_POOR_GRANT, """
                        {"expectedVersion":%d,"name":"建档立卡贫困家庭大学生资助","kind":"GRANT","stages":["HIGHER_EDUCATION"],
                         "rules":[{"code":"REGISTERED_POOR","description":"a registered-poor (建档立卡) family",
                                   "allOfFlags":["REGISTERED_POOR"]}],
                         "shares":{"centralPercent":0,"provincialPercent":50,"countyPercent":50}}""".formatted(version), 200);

        assertThat(editor.installDefaults().block(TIMEOUT)).isZero();

        Map<String, Object> after = get(admin, BASE + "/programmes/" + DefaultCatalogue.UNIVERSITY_REGISTERED_POOR_GRANT);
        assertThat(after.get("version")).isEqualTo(edited.get("version"));
        assertThat(((Number) after.get("version")).longValue()).isEqualTo(version + 1);
    }

    @Test
    void aDefinedProgrammeIsStoredPublishedAndAtOnceInTheCatalogueOtherFeaturesRead() {
        String code = freshCode();

        Map<String, Object> defined = send(admin, HttpMethod.POST, BASE + "/programmes", definition(code, "54"), 201);

        assertThat(defined.get("version")).isEqualTo(1);
        assertThat(defined.get("reevaluationId")).isNotNull();
        assertThat(defined.get("stages")).isEqualTo(List.of("PRIMARY", "SENIOR_SECONDARY"));
        Programme programme = catalogue.find(code).block(TIMEOUT);
        assertThat(programme).isNotNull();
        assertThat(catalogue.inForceOn(LocalDate.parse(IN_FORCE)).block(TIMEOUT)).extracting(Programme::code).contains(code);
        assertThat(catalogue.inForceOn(LocalDate.parse("2090-08-31")).block(TIMEOUT)).extracting(Programme::code)
                .doesNotContain(code);
        StudentFacts tibetanOrphanBoarder = new StudentFacts("s-1", "540102", java.util.Set.of(HouseholdFlag.ORPHAN), null,
                new StudentFacts.Enrolment("5401020001", "540102", Stage.SENIOR_SECONDARY, 10, true, "SENIOR_SECONDARY",
                        null, StudentFacts.EnrolmentStatus.ACTIVE));
        assertThat(programme.decide(tibetanOrphanBoarder, LocalDate.parse(IN_FORCE)).ruleCode()).isEqualTo("ORPHAN_BOARDER");
        assertThat(programme.amountFor(tibetanOrphanBoarder, Term.parse("2090-2091-2"), 100).orElseThrow().totalFen())
                .isEqualTo(100_000);

        ConsumerRecord<String, byte[]> event = await().atMost(TIMEOUT).until(() -> eventsOf(code), e -> !e.isEmpty()).get(0);
        assertThat(KafkaTestClient.header(event, "ce_type")).isEqualTo("eduaid.subsidy.AidProgrammeDefined.v1");
        assertThat(KafkaTestClient.header(event, "ce_sequence")).isEqualTo("1");
        assertThat(new String(event.value(), StandardCharsets.UTF_8))
                .contains("\"programmeCode\":\"" + code + "\"", "\"kind\":\"GRANT\"", "\"amountFen\":200000",
                        "\"centralPercent\":80", "\"validFrom\":\"" + FROM + "\"");
    }

    @Test
    void aSecondProgrammeWithTheSameCodeIsAConflict() {
        String code = freshCode();
        send(admin, HttpMethod.POST, BASE + "/programmes", definition(code, "54"), 201);

        Map<String, Object> problem = send(admin, HttpMethod.POST, BASE + "/programmes", definition(code, "54"), 409);

        assertThat((String) problem.get("detail")).contains(code);
    }

    @Test
    void aRevisionReplacesRulesNameAndValidityKeepsTheStandardsAndNeedsTheCurrentVersion() {
        String code = freshCode();
        send(admin, HttpMethod.POST, BASE + "/programmes", definition(code, "54"), 201);

        Map<String, Object> revised = send(admin, HttpMethod.PUT, BASE + "/programmes/" + code, revision(1, "改名"), 200);

        assertThat(revised).containsEntry("name", "改名").containsEntry("kind", "LIVING_ALLOWANCE")
                .containsEntry("validTo", "2099-08-31").containsEntry("version", 2);
        assertThat((List<?>) revised.get("rules")).hasSize(1);
        assertThat((List<?>) revised.get("standards")).hasSize(1);
        assertThat(catalogue.find(code).block(TIMEOUT).name()).isEqualTo("改名");
        send(admin, HttpMethod.PUT, BASE + "/programmes/" + code, revision(1, "过时的版本"), 409);
        send(admin, HttpMethod.PUT, BASE + "/programmes/" + freshCode(), revision(1, "没有这个项目"), 404);
        await().atMost(TIMEOUT).until(() -> eventsOf(code), events -> events.size() == 2);
    }

    @Test
    void aNewStandardClosesTheOneItReplacesTheDayBeforeAndLeavesEarlierTermsAlone() {
        String code = freshCode();
        send(admin, HttpMethod.POST, BASE + "/programmes", definition(code, "54"), 201);

        Map<String, Object> changed = send(admin, HttpMethod.POST, BASE + "/programmes/" + code + "/standards",
                standard(1, "54", 250_000, "2092-09-01"), 200);

        assertThat(changed.get("standards")).isEqualTo(List.of(
                standardView(200_000, FROM, "2092-08-31"), standardView(250_000, "2092-09-01", null)));
        Programme programme = catalogue.find(code).block(TIMEOUT);
        StudentFacts student = new StudentFacts("s-2", "540102", java.util.Set.of(HouseholdFlag.DIBAO), null,
                new StudentFacts.Enrolment("5401020001", "540102", Stage.SENIOR_SECONDARY, 11, false, "SENIOR_SECONDARY",
                        null, StudentFacts.EnrolmentStatus.ACTIVE));
        assertThat(programme.amountFor(student, Term.parse("2091-2092-2"), 100).orElseThrow().totalFen()).isEqualTo(100_000);
        assertThat(programme.amountFor(student, Term.parse("2092-2093-1"), 100).orElseThrow().totalFen()).isEqualTo(125_000);

        Map<String, Object> backdated = send(admin, HttpMethod.POST, BASE + "/programmes/" + code + "/standards",
                standard(2, "54", 300_000, "2092-09-01"), 409);
        assertThat((String) backdated.get("detail")).contains("must start after the one it replaces");
        send(admin, HttpMethod.POST, BASE + "/programmes/" + code + "/standards", standard(1, "54", 1, "2093-09-01"), 409);
    }

    @Test
    void aProvinceOfficerSetsStandardsInTheirProvinceOnly() {
        WebTestClient tibet = TestCallers.provinceOfficer("54").signIn(anonymous);
        String code = freshCode();

        send(tibet, HttpMethod.POST, BASE + "/programmes", definition(code, "5401"), 201);

        Map<String, Object> elsewhere = send(tibet, HttpMethod.POST, BASE + "/programmes/" + code + "/standards",
                standard(1, "15", 1, "2095-09-01"), 400);
        assertThat(elsewhere.toString()).contains("regionPrefix", "must lie within your province (54)");
        send(tibet, HttpMethod.POST, BASE + "/programmes/" + code + "/standards", standard(1, "", 1, "2095-09-01"), 400);
        send(tibet, HttpMethod.POST, BASE + "/programmes", definition(freshCode(), ""), 400);
        send(tibet, HttpMethod.POST, BASE + "/programmes/" + code + "/standards", standard(1, "540102", 1, "2095-09-01"),
                200);
    }

    @Test
    void brokenDefinitionsAreRefusedFieldByField() {
        Map<String, Object> shares = send(admin, HttpMethod.POST, BASE + "/programmes",
                definition(freshCode(), "54").replace("\"countyPercent\":10", "\"countyPercent\":11"), 400);
        assertThat(shares.toString()).contains("field=shares", "add up to 100");

        Map<String, Object> kind = send(admin, HttpMethod.POST, BASE + "/programmes",
                definition(freshCode(), "54").replace("\"GRANT\"", "\"PRIZE\""), 400);
        assertThat(kind.toString()).contains("field=kind");

        Map<String, Object> rules = send(admin, HttpMethod.POST, BASE + "/programmes",
                definition(freshCode(), "54").replace("\"code\":\"ORPHAN_BOARDER\"", "\"code\":\"POOR\""), 400);
        assertThat(rules.toString()).contains("rule codes within a programme are unique");

        Map<String, Object> dates = send(admin, HttpMethod.POST, BASE + "/programmes",
                definition(freshCode(), "54").replace("\"validTo\":null", "\"validTo\":\"2080-01-01\""), 400);
        assertThat(dates.toString()).contains("cannot end before it starts");

        admin.get().uri(BASE + "/programmes?on=yesterday").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("on");
    }

    @Test
    void theRulesListHasOneRowPerRuleWithItsProgramme() {
        String code = freshCode();
        send(admin, HttpMethod.POST, BASE + "/programmes", definition(code, "54"), 201);

        List<Map<String, Object>> rows = list(TestCallers.countyOfficer("150424").signIn(anonymous),
                BASE + "/rules?on=" + IN_FORCE);

        List<Map<String, Object>> ours = rows.stream().filter(row -> code.equals(row.get("programmeCode"))).toList();
        assertThat(ours).hasSize(2);
        assertThat(ours.stream().map(row -> (Object) ((Map<?, ?>) row.get("rule")).get("code")).toList())
                .containsExactly("POOR", "ORPHAN_BOARDER");
        assertThat(((Map<?, ?>) ours.get(1).get("rule")).get("boarding")).isEqualTo(true);
        assertThat(list(admin, BASE + "/rules?on=2026-09-01")).extracting(row -> row.get("programmeCode"))
                .doesNotContain(code).contains(DefaultCatalogue.SENIOR_NATIONAL_GRANT);
    }

    @TestFactory
    Stream<DynamicTest> onlyProvinceOfficersAndThePlatformAdminEditTheCatalogue() {
        String code = freshCode();
        return RoleMatrix.of(EndpointCall.post(BASE + "/programmes", definition(code, "54")))
                .expect("a school clerk", TestCallers.schoolClerk("540102", "5401020001"), 403)
                .expect("a county officer", TestCallers.countyOfficer("540102"), 403)
                .expect("a city officer", TestCallers.cityOfficer("5401"), 403)
                .expect("an auditor", TestCallers.auditor("54"), 403)
                .expect("Tibet's officer", TestCallers.provinceOfficer("54"), 201)
                .tests(anonymous);
    }

    @TestFactory
    Stream<DynamicTest> everyoneSignedInReadsTheCatalogue() {
        return Stream.of(BASE + "/programmes", BASE + "/programmes/" + DefaultCatalogue.NUTRITION_IMPROVEMENT, BASE + "/rules")
                .flatMap(uri -> RoleMatrix.of(EndpointCall.get(uri))
                        .expect("a school clerk", TestCallers.schoolClerk("150424", "1150424001"), 200)
                        .expect("a county officer", TestCallers.countyOfficer("150424"), 200)
                        .expect("an auditor", TestCallers.auditor("1504"), 200)
                        .expect("a province officer elsewhere", TestCallers.provinceOfficer("54"), 200)
                        .tests(anonymous));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointRefusesRequestsWithoutAValidToken() {
        return TokenAttacks.everyEndpointRefusesBadTokens(anonymous, List.of(
                EndpointCall.get(BASE + "/programmes"),
                EndpointCall.get(BASE + "/programmes/" + DefaultCatalogue.NUTRITION_IMPROVEMENT),
                EndpointCall.get(BASE + "/rules"),
                EndpointCall.post(BASE + "/programmes", definition(freshCode(), "54")),
                EndpointCall.post(BASE + "/programmes/" + DefaultCatalogue.NUTRITION_IMPROVEMENT + "/standards",
                        standard(1, "54", 1, "2095-09-01"))));
    }

    @Test
    void anUnknownProgrammeIsNotFound() {
        admin.get().uri(BASE + "/programmes/{code}", freshCode()).exchange().expectStatus().isNotFound();
        send(admin, HttpMethod.POST, BASE + "/programmes/" + freshCode() + "/standards", standard(1, "54", 1, FROM), 404);
    }

    private static Map<String, Object> standardView(long amountFen, String validFrom, String validTo) {
        Map<String, Object> view = new java.util.HashMap<>();
        view.put("stage", "SENIOR_SECONDARY");
        view.put("locality", null);
        view.put("regionPrefix", "54");
        view.put("amountFen", (int) amountFen);
        view.put("unit", "YEAR");
        view.put("validFrom", validFrom);
        view.put("validTo", validTo);
        return view;
    }

    private static List<ConsumerRecord<String, byte[]>> eventsOf(String code) {
        return KafkaTestClient.shared().readAll(Topics.SUBSIDY_PROGRAMMES, Duration.ofSeconds(3)).stream()
                .filter(record -> code.equals(record.key())).toList();
    }

    private static Map<String, Object> get(WebTestClient web, String uri) {
        return web.get().uri(uri).exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
    }

    private static List<Map<String, Object>> list(WebTestClient web, String uri) {
        return web.get().uri(uri).exchange().expectStatus().isOk().expectBody(JSON_LIST).returnResult()
                .getResponseBody();
    }

    private static Map<String, Object> send(WebTestClient web, HttpMethod method, String uri, String body, int status) {
        return web.method(method).uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isEqualTo(status).expectBody(JSON).returnResult().getResponseBody();
    }
}
