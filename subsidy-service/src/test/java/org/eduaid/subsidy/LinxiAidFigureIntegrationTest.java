package org.eduaid.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eduaid.contracts.EventTypes;
import org.eduaid.contracts.Topics;
import org.eduaid.contracts.enrollment.SchoolRegistered;
import org.eduaid.contracts.enrollment.StudentEnrolled;
import org.eduaid.contracts.enrollment.StudentRegistered;
import org.eduaid.contracts.subsidy.AidPaymentDisbursed;
import org.eduaid.subsidy.calendar.Term;
import org.eduaid.subsidy.catalogue.domain.Stage;
import org.eduaid.subsidy.notice.application.NoticeClosingJob;
import org.eduaid.subsidy.review.application.AidCalendar;
import org.eduaid.testkit.CloudEventRecord;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.KafkaTestClient;
import org.eduaid.testkit.security.TestCallers;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * A seed figure reproduced end to end (issue 5): Linxi county's aid to 2018 — 8,539 students,
 * 1,463.5万 yuan: preschool 340 / 17万; primary and junior 4,589 / 499万; senior 2,158 / 216万;
 * vocational 1,274 / 109.5万; university 178 / 622万 (domain brief, section 2).
 *
 * <p>Everything goes the way it would in production: a province officer defines the programmes
 * through the catalogue API; enrollment-service's events register the county's schools and its
 * students; the service finds the eligible students itself; the county reviews them in bulk,
 * publishes the notice (公示), which closes once its working days are over; the city sets the
 * budgets; the county creates, seals and releases the term's batches; the bank reports every
 * payment disbursed. The figures are then counted as reporting-service will count them, from the
 * AidPaymentDisbursed events, and from the ledger API.
 *
 * <p>The seed's figure is cumulative up to 2018 and no programme split is known; the test
 * catalogue condenses it into one term of two programmes, per stage, standards per term in region
 * 150424 (yuan):
 * <pre>
 *                  grant (every student)        living allowance (boarders)      total
 *  preschool         340 x    500 =   170,000     -                          =   170,000  (17万)
 *  primary+junior  4,589 x  1,000 = 4,589,000     802 x   500 =   401,000    = 4,990,000  (499万)
 *  senior          2,158 x  1,000 = 2,158,000       2 x 1,000 =     2,000    = 2,160,000  (216万)
 *  vocational      1,274 x    500 =   637,000     916 x   500 =   458,000    = 1,095,000  (109.5万)
 *  university        178 x 30,000 = 5,340,000     110 x 8,000 =   880,000    = 6,220,000  (622万)
 *                  8,539 students  12,894,000   1,830 boarders 1,741,000      14,635,000  (1,463.5万)
 * </pre>
 * Distinct students (人) are the grant's 8,539; person-times (人次) are payments: 8,539 + 1,830 =
 * 10,369.
 *
 * <p>Isolation in the shared store: the programmes have fresh codes and their one rule asks for a
 * registered-poor (建档立卡) AND relocated (易地扶贫搬迁) household in county 150424 — no other test's
 * student is relocated, so nobody else becomes eligible. The students are real registered-poor
 * students, so the default catalogue also finds them (national grants, boarding allowance); those
 * applications are left as they are and not counted here. The schools are urban, so the rural-school
 * programmes of the default catalogue (nutrition, vocational fee exemption by locality) do not add more.
 */
@EduAidServiceTest
class LinxiAidFigureIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(LinxiAidFigureIntegrationTest.class);

    private static final String LINXI = "150424";
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final JsonMapper EVENTS = JsonMapper.builder().build();
    /** Bank result lines a call takes at most. */
    private static final int RESULT_LINES = 2_000;
    private static final int LEDGER_PAGE = 500;

    /** The seed's five groups of stages. */
    enum Group {
        PRESCHOOL, COMPULSORY, SENIOR, VOCATIONAL, UNIVERSITY;

        static Group of(String stage) {
            switch (Stage.valueOf(stage)) {
                case PRESCHOOL:
                    return PRESCHOOL;
                case PRIMARY:
                case JUNIOR_SECONDARY:
                    return COMPULSORY;
                case SENIOR_SECONDARY:
                    return SENIOR;
                case SECONDARY_VOCATIONAL:
                    return VOCATIONAL;
                case HIGHER_EDUCATION:
                    return UNIVERSITY;
                default:
                    throw new IllegalArgumentException(stage);
            }
        }
    }

    /** Students of one stage at one school of a kind, the first {@code boarders} of them boarding. */
    record Cohort(String schoolKind, Stage stage, int students, int boarders) {
    }

    /** Every school kind of the registry; primary and junior students spread over the kinds that teach them. */
    private static final List<Cohort> COHORTS = List.of(
            new Cohort("KINDERGARTEN", Stage.PRESCHOOL, 340, 0),
            new Cohort("PRIMARY", Stage.PRIMARY, 2_400, 300),
            new Cohort("TEACHING_POINT", Stage.PRIMARY, 100, 0),
            new Cohort("SPECIAL_EDUCATION", Stage.PRIMARY, 50, 30),
            new Cohort("NINE_YEAR", Stage.PRIMARY, 150, 72),
            new Cohort("NINE_YEAR", Stage.JUNIOR_SECONDARY, 150, 100),
            new Cohort("JUNIOR_SECONDARY", Stage.JUNIOR_SECONDARY, 1_739, 300),
            new Cohort("SENIOR_SECONDARY", Stage.SENIOR_SECONDARY, 2_158, 2),
            new Cohort("SECONDARY_VOCATIONAL", Stage.SECONDARY_VOCATIONAL, 1_274, 916),
            new Cohort("UNIVERSITY", Stage.HIGHER_EDUCATION, 178, 110));

    /** The seed's figures: distinct students, payments (person-times), 万 yuan. */
    record Figures(long students, long payments, BigDecimal wanYuan) {

        static Figures of(long students, long payments, String wanYuan) {
            return new Figures(students, payments, new BigDecimal(wanYuan));
        }
    }

    private static final Map<Group, Figures> SEED = Map.of(
            Group.PRESCHOOL, Figures.of(340, 340, "17"),
            Group.COMPULSORY, Figures.of(4_589, 4_589 + 802, "499"),
            Group.SENIOR, Figures.of(2_158, 2_158 + 2, "216"),
            Group.VOCATIONAL, Figures.of(1_274, 1_274 + 916, "109.5"),
            Group.UNIVERSITY, Figures.of(178, 178 + 110, "622"));

    @Autowired
    WebTestClient anonymous;
    @Autowired
    NoticeClosingJob closingJob;
    @Autowired
    AidCalendar calendar;

    private final KafkaTestClient kafka = KafkaTestClient.shared();
    private long started;

    @Test
    void linxiCountysAidTo2018IsPaidFromEnrolmentEventsToTheBankAndCountedByStage() {
        started = System.nanoTime();
        assertThat(COHORTS.stream().mapToInt(Cohort::students).sum()).isEqualTo(8_539);
        assertThat(SEED.values().stream().map(Figures::wanYuan).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1463.5");

        LocalDate today = calendar.today();
        Term term = Term.containing(today);
        String schoolYear = term.schoolYear().id();
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        String grant = "LX-GRANT-" + suffix;
        String allowance = "LX-BOARD-" + suffix;

        // (1) the catalogue, as the province officer of Inner Mongolia
        WebTestClient province = slow(TestCallers.provinceOfficer("15").signIn(anonymous));
        define(province, grant, "林西县助学金（测试）", "GRANT", null, term, Map.of(
                Stage.PRESCHOOL, 500, Stage.PRIMARY, 1_000, Stage.JUNIOR_SECONDARY, 1_000,
                Stage.SENIOR_SECONDARY, 1_000, Stage.SECONDARY_VOCATIONAL, 500, Stage.HIGHER_EDUCATION, 30_000));
        define(province, allowance, "林西县寄宿生生活补助（测试）", "LIVING_ALLOWANCE", true, term, Map.of(
                Stage.PRIMARY, 500, Stage.JUNIOR_SECONDARY, 500, Stage.SENIOR_SECONDARY, 1_000,
                Stage.SECONDARY_VOCATIONAL, 500, Stage.HIGHER_EDUCATION, 8_000));
        lap("catalogue defined");

        // (2) the county's schools and students, as enrollment-service publishes them
        Map<String, String> schools = new LinkedHashMap<>();
        for (Cohort cohort : COHORTS) {
            schools.computeIfAbsent(cohort.schoolKind(), kind -> String.format("41%08d",
                    Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L)));
        }
        kafka.sendAll(schools.entrySet().stream().map(s -> school(s.getValue(), s.getKey())).toList());
        WebTestClient admin = TestCallers.platformAdmin().signIn(anonymous);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> schools.values()
                .forEach(code -> admin.get().uri("/api/subsidies/schools/{code}", code).exchange()
                        .expectStatus().isOk()));

        List<ProducerRecord<String, byte[]>> events = new ArrayList<>();
        Map<String, Group> groupOf = new HashMap<>();
        Set<String> boarders = new HashSet<>();
        for (Cohort cohort : COHORTS) {
            for (int i = 0; i < cohort.students(); i++) {
                String studentId = "p-lx" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
                boolean boarding = i < cohort.boarders();
                groupOf.put(studentId, Group.of(cohort.stage().name()));
                if (boarding) {
                    boarders.add(studentId);
                }
                events.add(registered(studentId));
                events.add(enrolled(studentId, schools.get(cohort.schoolKind()), cohort.stage(), boarding));
            }
        }
        kafka.sendAll(events);
        lap(events.size() + " student events sent");

        WebTestClient county = slow(TestCallers.countyOfficer(LINXI).signIn(anonymous));
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            assertThat(applications(county, grant, schoolYear, "SUBMITTED")).isEqualTo(8_539);
            assertThat(applications(county, allowance, schoolYear, "SUBMITTED")).isEqualTo(1_830);
        });
        lap("applications put forward");

        // (3) county review, public notice, closed once its working days are over
        for (String programme : List.of(grant, allowance)) {
            Map<String, Object> reviewed = post(county, "/api/subsidies/applications/reviews", Map.of(
                    "countyCode", LINXI, "programmeCode", programme, "schoolYear", schoolYear, "all", true,
                    "accepted", true), null, 200);
            assertThat(number(reviewed, "reviewed")).isEqualTo(programme.equals(grant) ? 8_539 : 1_830);
            Map<String, Object> notice = post(county, "/api/subsidies/notices", Map.of("countyCode", LINXI,
                    "programmeCode", programme, "schoolYear", schoolYear), null, 201);
            assertThat(notice.get("state")).isEqualTo("PUBLISHED");
        }
        lap("reviewed and noticed");
        closingJob.runOn(today.plusDays(30)).block(Duration.ofMinutes(3));
        assertThat(applications(county, grant, schoolYear, "APPROVED")).isEqualTo(8_539);
        assertThat(applications(county, allowance, schoolYear, "APPROVED")).isEqualTo(1_830);
        lap("notices closed");

        // (4) budgets (exactly what the term needs), batches sealed, released, paid by the bank
        WebTestClient city = TestCallers.cityOfficer("1504").signIn(anonymous);
        int budgetYear = term.firstDay().getYear();
        Map<String, Long> needed = Map.of(grant, 12_894_000_00L, allowance, 1_741_000_00L);
        needed.forEach((programme, fen) -> budget(city, programme, budgetYear, fen));
        Map<String, Set<String>> paid = new HashMap<>();
        for (String programme : List.of(grant, allowance)) {
            paid.put(programme, pay(county, programme, term, needed.get(programme),
                    programme.equals(grant) ? 8_539 : 1_830));
        }
        lap("batches paid");
        Set<String> expectedPayments = new HashSet<>();
        groupOf.keySet().forEach(id -> expectedPayments.add(id + "~" + grant + "~" + term.id()));
        boarders.forEach(id -> expectedPayments.add(id + "~" + allowance + "~" + term.id()));
        assertThat(paid.get(grant).size() + paid.get(allowance).size()).isEqualTo(10_369);
        assertThat(union(paid.get(grant), paid.get(allowance))).isEqualTo(expectedPayments);

        // (5a) the figures as reporting counts them: AidPaymentDisbursed events of these programmes
        Set<String> ours = Set.of(grant, allowance);
        String disbursedType = EventTypes.logicalTypeOf(AidPaymentDisbursed.class);
        List<AidPaymentDisbursed> disbursed = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> kafka.readAll(Topics.SUBSIDY_PAYMENTS, Duration.ofSeconds(5)).stream()
                        .filter(r -> disbursedType.equals(KafkaTestClient.header(r, "ce_type")))
                        .map(LinxiAidFigureIntegrationTest::disbursed)
                        .filter(e -> ours.contains(e.payment().programmeCode()))
                        .toList(), found -> found.size() >= 10_369);
        lap("disbursed events read");
        assertThat(disbursed).hasSize(10_369);
        assertThat(disbursed).allSatisfy(e -> {
            assertThat(e.payment().countyCode()).isEqualTo(LINXI);
            assertThat(e.payment().term()).isEqualTo(term.id());
            assertThat(e.payment().flags()).contains("REGISTERED_POOR", "RELOCATED");
            assertThat(e.payment().amount().centralFen() + e.payment().amount().provincialFen()
                    + e.payment().amount().countyFen()).isEqualTo(e.payment().amount().totalFen());
        });
        assertThat(disbursed.stream().map(e -> e.payment().paymentId()).collect(Collectors.toSet()))
                .isEqualTo(expectedPayments);
        Map<Group, Figures> fromEvents = figures(disbursed.stream().map(e -> new Paid(e.payment().studentId(),
                e.payment().stage(), e.payment().amount().totalFen())).toList());
        assertThat(fromEvents).isEqualTo(SEED);
        assertTotals(fromEvents);
        // each student counted in the stage enrollment said
        disbursed.forEach(e -> assertThat(Group.of(e.payment().stage())).isEqualTo(groupOf.get(e.payment().studentId())));

        // (5b) the same figures from the ledger API, page by page, and from the budgets
        List<Paid> ledger = new ArrayList<>();
        long ledgerNet = 0;
        for (String programme : List.of(grant, allowance)) {
            ledgerNet += ledger(county, programme, term, ledger);
        }
        assertThat(ledgerNet).isEqualTo(14_635_000_00L);
        Map<Group, Figures> fromLedger = figures(ledger);
        assertThat(fromLedger).isEqualTo(SEED);
        lap("ledger read");

        Map<String, Object> budgets = county.get().uri("/api/subsidies/budgets?regionCode={c}&year={y}", LINXI, budgetYear)
                .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> ourBudgets = ((List<Map<String, Object>>) budgets.get("budgets")).stream()
                .filter(b -> ours.contains(b.get("programmeCode"))).toList();
        assertThat(ourBudgets).hasSize(2).allSatisfy(b -> {
            assertThat(number(b, "disbursedFen")).isEqualTo(needed.get(b.get("programmeCode")));
            assertThat(number(b, "remainingFen")).isZero();
        });
        log.info("Linxi figure reproduced in {} s: {}", seconds(), fromEvents);
    }

    // ---- the steps

    private static void define(WebTestClient province, String code, String name, String kind, Boolean boarding,
            Term term, Map<Stage, Integer> yuanPerTerm) {
        List<Map<String, Object>> standards = yuanPerTerm.entrySet().stream()
                .map(s -> Map.<String, Object>of("stage", s.getKey().name(), "regionPrefix", LINXI,
                        "amountFen", s.getValue() * 100L, "unit", "TERM", "validFrom", term.firstDay().toString()))
                .toList();
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("code", "LINXI_RELOCATED_POOR");
        rule.put("description", "a registered-poor, relocated household in Linxi county");
        rule.put("allOfFlags", List.of("REGISTERED_POOR", "RELOCATED"));
        rule.put("regionPrefixes", List.of(LINXI));
        if (boarding != null) {
            rule.put("boarding", boarding);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("kind", kind);
        body.put("stages", yuanPerTerm.keySet().stream().map(Stage::name).toList());
        body.put("rules", List.of(rule));
        body.put("standards", standards);
        body.put("shares", Map.of("centralPercent", 80, "provincialPercent", 10, "countyPercent", 10));
        body.put("validFrom", term.firstDay().toString());
        body.put("validTo", term.lastDay().toString());
        post(province, "/api/subsidies/catalogue/programmes", body, null, 201);
    }

    private static void budget(WebTestClient city, String programme, int year, long fen) {
        long central = fen * 8 / 10;
        long provincial = fen / 10;
        city.put().uri("/api/subsidies/budgets/{c}/{p}/{y}", LINXI, programme, year)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("allocatedFen", fen, "centralFen", central, "provincialFen", provincial,
                        "countyFen", fen - central - provincial, "expectedVersion", 0))
                .exchange().expectStatus().isOk();
    }

    /** Creates, seals and releases the term's batch, then reports every payment of the bank list disbursed. */
    private Set<String> pay(WebTestClient county, String programme, Term term, long totalFen, int payments) {
        Map<String, Object> batch = post(county, "/api/subsidies/batches", Map.of("countyCode", LINXI,
                "programmeCode", programme, "term", term.id()), null, 200);
        String batchId = (String) batch.get("batchId");
        Map<String, Object> preview = county.get().uri("/api/subsidies/batches/{id}/preview", batchId).exchange()
                .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        assertThat(number(preview, "payments")).isEqualTo(payments);
        assertThat(number(preview, "totalFen")).isEqualTo(totalFen);
        assertThat(number(preview, "heldCount")).isZero();
        assertThat(preview.get("budgetSuffices")).isEqualTo(true);

        String sealKey = UUID.randomUUID().toString();
        Map<String, Object> sealing = Map.of("expectedVersion", number(preview, "version"));
        Map<String, Object> sealed = post(county, "/api/subsidies/batches/" + batchId + "/seal", sealing, sealKey, 200);
        assertThat(sealed.get("state")).isEqualTo("SEALED");
        assertThat(number(sealed, "payments")).isEqualTo(payments);
        assertThat(number(sealed, "totalFen")).isEqualTo(totalFen);
        // a retried seal replays its answer and pays nothing twice
        assertThat(post(county, "/api/subsidies/batches/" + batchId + "/seal", sealing, sealKey, 200))
                .isEqualTo(sealed);
        lap(programme + " sealed");
        Map<String, Object> released = post(county, "/api/subsidies/batches/" + batchId + "/release", null,
                UUID.randomUUID().toString(), 200);
        assertThat(released.get("state")).isEqualTo("RELEASED");

        // the bank list of 8,539 lines is larger than a test client buffers by default
        byte[] csv = county.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 << 20)).build().get().uri("/api/subsidies/batches/{id}/payments", batchId).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        String bankList = new String(csv, StandardCharsets.UTF_8);
        List<String> ids = bankList.lines().skip(1).filter(line -> !line.isBlank())
                .map(line -> line.substring(0, line.indexOf(','))).toList();
        assertThat(ids).hasSize(payments).doesNotHaveDuplicates();

        long disbursedFen = 0;
        int disbursed = 0;
        String valueDate = calendar.today().toString();
        for (int from = 0; from < ids.size(); from += RESULT_LINES) {
            List<Map<String, Object>> lines = ids.subList(from, Math.min(ids.size(), from + RESULT_LINES)).stream()
                    .map(id -> Map.<String, Object>of("paymentId", id, "outcome", "DISBURSED", "valueDate", valueDate))
                    .toList();
            Map<String, Object> summary = post(county, "/api/subsidies/batches/" + batchId + "/results", lines,
                    UUID.randomUUID().toString(), 200);
            assertThat((List<?>) summary.get("rejected")).isEmpty();
            disbursed += (int) number(summary, "disbursed");
            // what the batch has disbursed in all so far, not what this file added
            assertThat(number(summary, "disbursedFen")).isGreaterThan(disbursedFen);
            disbursedFen = number(summary, "disbursedFen");
        }
        assertThat(disbursed).isEqualTo(payments);
        assertThat(disbursedFen).isEqualTo(totalFen);
        return Set.copyOf(ids);
    }

    /** Adds the programme's disbursed payments from the ledger; answers the net of all its pages. */
    @SuppressWarnings("unchecked")
    private static long ledger(WebTestClient county, String programme, Term term, List<Paid> into) {
        long net = 0;
        int seen = 0;
        for (int next = 0;; next++) {
            int page = next;
            Map<String, Object> view = county.get().uri(uri -> uri.path("/api/subsidies/ledger")
                            .queryParam("countyCode", LINXI).queryParam("programmeCode", programme)
                            .queryParam("term", term.id()).queryParam("page", page).queryParam("size", LEDGER_PAGE)
                            .build())
                    .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
            List<Map<String, Object>> entries = (List<Map<String, Object>>) view.get("entries");
            if (entries.isEmpty()) {
                return net;
            }
            net += number(view, "netFen");
            Map<String, List<Map<String, Object>>> byPayment = entries.stream().collect(
                    Collectors.groupingBy(e -> (String) e.get("paymentId"), LinkedHashMap::new, Collectors.toList()));
            for (List<Map<String, Object>> payment : byPayment.values()) {
                assertThat(payment).extracting(e -> e.get("type")).containsExactly("APPROVED", "RELEASED", "DISBURSED");
                Map<String, Object> first = payment.get(0);
                into.add(new Paid((String) first.get("studentId"), (String) first.get("stage"),
                        payment.stream().mapToLong(e -> number(e, "amountFen")).sum()));
            }
            seen += byPayment.size();
            assertThat(seen).isLessThanOrEqualTo((int) number(view, "total"));
        }
    }

    // ---- counting as reporting does

    /** One disbursed payment: whose, at which stage, how much. */
    record Paid(String studentId, String stage, long fen) {
    }

    private static Map<Group, Figures> figures(List<Paid> paid) {
        Map<Group, List<Paid>> byGroup = paid.stream().collect(Collectors.groupingBy(p -> Group.of(p.stage())));
        Map<Group, Figures> figures = new HashMap<>();
        byGroup.forEach((group, payments) -> figures.put(group, new Figures(
                payments.stream().map(Paid::studentId).distinct().count(), payments.size(),
                wan(payments.stream().mapToLong(Paid::fen).sum()))));
        return figures;
    }

    private static void assertTotals(Map<Group, Figures> figures) {
        assertThat(figures.values().stream().mapToLong(Figures::students).sum()).isEqualTo(8_539);
        assertThat(figures.values().stream().mapToLong(Figures::payments).sum()).isEqualTo(10_369);
        assertThat(figures.values().stream().map(Figures::wanYuan).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1463.5");
    }

    /** Fen in 万 yuan (1万 yuan = 1,000,000 fen), exact and without trailing zeros, as the seed writes it. */
    private static BigDecimal wan(long fen) {
        BigDecimal wan = BigDecimal.valueOf(fen).movePointLeft(6).stripTrailingZeros();
        return wan.scale() < 0 ? wan.setScale(0) : wan;
    }

    // ---- events and calls

    private static ProducerRecord<String, byte[]> school(String code, String kind) {
        return CloudEventRecord.of(SchoolRegistered.class, code, 1, """
                {"schoolCode":"%s","name":"林西县测试学校%s","countyCode":"%s","kind":"%s","locality":"URBAN",
                 "boarding":true,"registeredAt":"2018-09-01T00:00:00Z"}""".formatted(code, code, LINXI, kind))
                .toRecord(Topics.ENROLLMENT_SCHOOLS);
    }

    private static ProducerRecord<String, byte[]> registered(String studentId) {
        return CloudEventRecord.of(StudentRegistered.class, studentId, 1, """
                {"studentId":"%s","maskedIdNumber":"150424********123X","maskedName":"林*","sex":"FEMALE",
                 "birthYear":2008,"householdCountyCode":"%s","householdTownshipCode":null,"householdVillageCode":null,
                 "flags":{"registeredPoor":true,"dibao":false,"tekun":false,"orphan":false,"disability":null,
                          "leftBehind":false,"relocated":true},
                 "registeredAt":"2018-09-01T00:00:00Z"}""".formatted(studentId, LINXI))
                .toRecord(Topics.ENROLLMENT_STUDENTS);
    }

    private static ProducerRecord<String, byte[]> enrolled(String studentId, String schoolCode, Stage stage,
            boolean boarding) {
        return CloudEventRecord.of(StudentEnrolled.class, studentId, 2, """
                {"studentId":"%s","schoolCode":"%s","countyCode":"%s","stage":"%s","grade":1,"boarding":%s,
                 "enrolledOn":"2018-09-01","recordedAt":"2018-09-01T00:00:00Z"}"""
                .formatted(studentId, schoolCode, LINXI, stage.name(), boarding))
                .toRecord(Topics.ENROLLMENT_STUDENTS);
    }

    private static AidPaymentDisbursed disbursed(ConsumerRecord<String, byte[]> record) {
        return EVENTS.readValue(record.value(), AidPaymentDisbursed.class);
    }

    private static long applications(WebTestClient county, String programme, String schoolYear, String state) {
        Map<String, Object> page = county.get().uri(uri -> uri.path("/api/subsidies/applications")
                        .queryParam("countyCode", LINXI).queryParam("programmeCode", programme)
                        .queryParam("schoolYear", schoolYear).queryParam("state", state).queryParam("size", 1).build())
                .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        return number(page, "total");
    }

    private static Map<String, Object> post(WebTestClient web, String uri, Object body, String idempotencyKey,
            int status) {
        WebTestClient.RequestBodySpec request = web.post().uri(uri);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        WebTestClient.RequestHeadersSpec<?> ready = body == null ? request
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
        var result = ready.exchange().expectBody(JSON).returnResult();
        assertThat(result.getStatus().value()).as("POST %s answered %s", uri, result.getResponseBody())
                .isEqualTo(status);
        return result.getResponseBody();
    }

    private static long number(Map<String, Object> body, String field) {
        return ((Number) body.get(field)).longValue();
    }

    /** Bulk reviews, notices and seals of thousands take longer than the kit's 30 s default. */
    private static WebTestClient slow(WebTestClient web) {
        return web.mutate().responseTimeout(Duration.ofMinutes(3)).build();
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private void lap(String what) {
        log.info("Linxi figure: {} after {} s", what, seconds());
    }

    private String seconds() {
        return String.format("%.1f", (System.nanoTime() - started) / 1e9);
    }
}
