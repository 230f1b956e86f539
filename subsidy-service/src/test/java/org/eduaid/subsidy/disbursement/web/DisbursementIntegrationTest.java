package org.eduaid.subsidy.disbursement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.eduaid.subsidy.disbursement.AidMother.KESHIKETENG;
import static org.eduaid.subsidy.disbursement.AidMother.LINXI;
import static org.eduaid.subsidy.disbursement.web.BatchApi.key;
import static org.eduaid.subsidy.disbursement.web.BatchApi.number;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.eduaid.contracts.Topics;
import org.eduaid.subsidy.disbursement.AidMother;
import org.eduaid.subsidy.disbursement.AidWorld;
import org.eduaid.subsidy.testsupport.AidWorldSetup;
import org.eduaid.subsidy.disbursement.application.PaymentId;
import org.eduaid.subsidy.disbursement.application.PaymentStatus;
import org.eduaid.subsidy.disbursement.application.PaymentStatuses;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.KafkaTestClient;
import org.eduaid.testkit.security.TestCallers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Batches, payments and budgets through the API, on the real store and broker. */
@EduAidServiceTest
class DisbursementIntegrationTest {

    @Autowired
    AidWorldSetup setup;

    /** The autumn term's share of {@link AidMother#YEARLY_FEN}. */
    private static final long AUTUMN_FEN = 50_001;
    private static final String TERM = AidWorld.TERM.id();

    @Autowired
    WebTestClient anonymous;
    @Autowired
    PaymentStatuses statuses;

    AidWorld world;
    WebTestClient linxiWeb;
    BatchApi linxi;
    BatchApi keshiketeng;
    WebTestClient chifeng;

    @BeforeEach
    void setUp() {
        world = new AidWorld(setup);
        linxiWeb = TestCallers.countyOfficer(LINXI).signIn(anonymous);
        linxi = new BatchApi(linxiWeb);
        keshiketeng = new BatchApi(TestCallers.countyOfficer(KESHIKETENG).signIn(anonymous));
        chifeng = TestCallers.cityOfficer("1504").signIn(anonymous);
    }

    @Test
    void sealingPaysEachApprovedStudentOnceHoldsTheRestAndARetriedRequestPaysNothingTwice() {
        String code = world.programme();
        String first = world.approvedStudent(LINXI, code);
        String second = world.approvedStudent(LINXI, code);
        String withdrawn = AidMother.freshStudentId();
        world.student(AidMother.withdrawn(withdrawn, LINXI), code);
        world.approve(withdrawn, LINXI, code);
        AidWorld.budget(chifeng, LINXI, code, 1_000_000, 0);

        Map<String, Object> batch = linxi.create(LINXI, code, TERM);
        String batchId = (String) batch.get("batchId");
        assertThat(batchId).isEqualTo(LINXI + "~" + code + "~" + TERM);
        assertThat(linxi.create(LINXI, code, TERM).get("version")).isEqualTo(batch.get("version"));
        Map<String, Object> preview = linxi.preview(batchId);
        assertThat(number(preview, "payments")).isEqualTo(2);
        assertThat(number(preview, "totalFen")).isEqualTo(2 * AUTUMN_FEN);
        assertThat(preview.get("heldByReason")).isEqualTo(Map.of("NOT_ENROLLED", 1));
        assertThat(preview.get("budgetSuffices")).isEqualTo(true);

        String sealKey = key();
        long version = number(batch, "version");
        Map<String, Object> sealed = linxi.seal(batchId, version, sealKey).expectStatus().isOk()
                .expectBody(BatchApi.JSON).returnResult().getResponseBody();
        assertThat(sealed.get("state")).isEqualTo("SEALED");
        assertThat(number(sealed, "payments")).isEqualTo(2);
        assertThat(number(sealed, "held")).isEqualTo(1);
        assertThat(number(sealed, "totalFen")).isEqualTo(2 * AUTUMN_FEN);

        // the same request again, the same key: the first answer; another key: the sealed batch as it is
        assertThat(linxi.seal(batchId, version, sealKey).expectStatus().isOk().expectBody(BatchApi.JSON).returnResult()
                .getResponseBody()).isEqualTo(sealed);
        assertThat(linxi.sealed(batchId, version).get("totalFen")).isEqualTo(sealed.get("totalFen"));
        linxi.seal(batchId, version + 1, sealKey).expectStatus().isEqualTo(422);

        Map<String, Object> payment = linxi.payment(PaymentId.of(first, code, AidWorld.TERM));
        assertThat(payment.get("state")).isEqualTo("APPROVED");
        assertThat(payment.get("maskedName")).isEqualTo("王*");
        assertThat(payment.get("amount")).isEqualTo(Map.of("totalFen", 50_001, "centralFen", 40_000,
                "provincialFen", 5_000, "countyFen", 5_001));
        assertThat(budgetOf(LINXI, code)).containsEntry("committedFen", (int) (2 * AUTUMN_FEN))
                .containsEntry("remainingFen", (int) (1_000_000 - 2 * AUTUMN_FEN));

        Map<String, PaymentStatus> found = statuses.find(List.of(PaymentId.of(second, code, AidWorld.TERM),
                PaymentId.of(withdrawn, code, AidWorld.TERM), PaymentId.of(AidMother.freshStudentId(), code,
                        AidWorld.TERM))).block();
        assertThat(found).hasSize(2);
        assertThat(found.get(PaymentId.of(second, code, AidWorld.TERM)).state()).isEqualTo("APPROVED");
        assertThat(found.get(PaymentId.of(withdrawn, code, AidWorld.TERM)).state()).isEqualTo("HELD");
        assertThat(found.get(PaymentId.of(withdrawn, code, AidWorld.TERM)).reason()).isEqualTo("NOT_ENROLLED");

        String paymentId = PaymentId.of(first, code, AidWorld.TERM);
        await().atMost(Duration.ofSeconds(30)).until(() -> KafkaTestClient.shared()
                .readAll(Topics.SUBSIDY_PAYMENTS, Duration.ofSeconds(2)).stream()
                .anyMatch(r -> paymentId.equals(r.key())
                        && "eduaid.subsidy.AidPaymentApproved.v1".equals(KafkaTestClient.header(r, "ce_type"))));
    }

    @Test
    void concurrentSealsOfOneBatchEndInOneSealedBatchAndOnePaymentPerStudent() throws Exception {
        String code = world.programme();
        for (int i = 0; i < 300; i++) {
            world.approvedStudent(LINXI, code);
        }
        AidWorld.budget(chifeng, LINXI, code, 300 * AUTUMN_FEN, 0);
        Map<String, Object> batch = linxi.create(LINXI, code, TERM);
        String batchId = (String) batch.get("batchId");
        long version = number(batch, "version");

        CyclicBarrier start = new CyclicBarrier(3);
        List<CompletableFuture<EntityExchangeResult<Map<String, Object>>>> seals = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            seals.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return linxi.seal(batchId, version, key()).expectBody(BatchApi.JSON).returnResult();
            }));
        }
        List<Integer> codes = new ArrayList<>();
        for (var seal : seals) {
            EntityExchangeResult<Map<String, Object>> result = seal.get();
            codes.add(result.getStatus().value());
            if (result.getStatus().value() == 200) {
                assertThat(result.getResponseBody()).containsEntry("state", "SEALED").containsEntry("payments", 300);
            }
        }
        assertThat(codes).contains(200).allMatch(status -> status == 200 || status == 409);

        Map<String, Object> now = linxi.get("/api/subsidies/batches/" + batchId, 200);
        assertThat(now).containsEntry("state", "SEALED").containsEntry("payments", 300)
                .containsEntry("totalFen", (int) (300 * AUTUMN_FEN));
        assertThat(ledger(LINXI, code, 0, 500)).containsEntry("total", 300).containsEntry("netFen", (int) (300 * AUTUMN_FEN));
        assertThat(budgetOf(LINXI, code)).containsEntry("remainingFen", 0);
    }

    @Test
    void aStudentWhoMovedCountiesMidTermIsNotPaidTwice() {
        String code = world.programme();
        String mover = world.approvedStudent(LINXI, code);
        String earlyMover = world.approvedStudent(LINXI, code);
        AidWorld.budget(chifeng, LINXI, code, 1_000_000, 0);
        AidWorld.budget(chifeng, KESHIKETENG, code, 1_000_000, 0);
        // moved to Keshiketeng before Linxi sealed: the approved application followed them, so Linxi's
        // list no longer has them and Keshiketeng pays
        world.student(AidMother.enrolledIn(earlyMover, KESHIKETENG), code);
        world.approve(earlyMover, KESHIKETENG, code);
        String linxiBatch = (String) linxi.create(LINXI, code, TERM).get("batchId");
        Map<String, Object> sealedInLinxi = linxi.sealed(linxiBatch, 0);
        assertThat(sealedInLinxi).containsEntry("payments", 1).containsEntry("held", 0);

        // moved after Linxi paid: Keshiketeng's batch finds the payment and holds them
        world.student(AidMother.enrolledIn(mover, KESHIKETENG), code);
        world.approve(mover, KESHIKETENG, code);
        String keshiketengBatch = (String) keshiketeng.create(KESHIKETENG, code, TERM).get("batchId");
        Map<String, Object> preview = keshiketeng.preview(keshiketengBatch);
        assertThat(preview.get("heldByReason")).isEqualTo(Map.of("ALREADY_PAID", 1));
        Map<String, Object> sealedThere = keshiketeng.sealed(keshiketengBatch, 0);
        assertThat(sealedThere).containsEntry("payments", 1).containsEntry("held", 1)
                .containsEntry("totalFen", (int) AUTUMN_FEN);

        Map<String, Object> payment = linxi.payment(PaymentId.of(mover, code, AidWorld.TERM));
        assertThat(payment).containsEntry("countyCode", LINXI).containsEntry("batchId", linxiBatch);
        assertThat(statuses.find(List.of(PaymentId.of(earlyMover, code, AidWorld.TERM))).block()
                .get(PaymentId.of(earlyMover, code, AidWorld.TERM)).state()).isEqualTo("APPROVED");
        // Linxi's officer does not see the payment Keshiketeng made
        linxi.get("/api/subsidies/payments/" + PaymentId.of(earlyMover, code, AidWorld.TERM), 404);
    }

    @Test
    void aWithdrawalBetweenSealingAndReleaseStopsThePaymentAndGivesTheMoneyBack() {
        String code = world.programme();
        String stays = world.approvedStudent(LINXI, code);
        String leaves = world.approvedStudent(LINXI, code);
        AidWorld.budget(chifeng, LINXI, code, 1_000_000, 0);
        String batchId = (String) linxi.create(LINXI, code, TERM).get("batchId");
        linxi.sealed(batchId, 0);

        world.student(AidMother.withdrawn(leaves, LINXI), code);
        String releaseKey = key();
        Map<String, Object> released = linxi.release(batchId, releaseKey);
        assertThat(released).containsEntry("state", "RELEASED").containsEntry("payments", 1)
                .containsEntry("stopped", 1).containsEntry("totalFen", (int) AUTUMN_FEN);
        assertThat(linxi.release(batchId, releaseKey)).isEqualTo(released);

        Map<String, Object> stopped = linxi.payment(PaymentId.of(leaves, code, AidWorld.TERM));
        assertThat(stopped).containsEntry("state", "STOPPED").containsEntry("netFen", 0);
        assertThat(linxi.payment(PaymentId.of(stays, code, AidWorld.TERM))).containsEntry("state", "RELEASED");
        assertThat(budgetOf(LINXI, code)).containsEntry("committedFen", (int) AUTUMN_FEN);

        String csv = linxiWeb.get().uri("/api/subsidies/batches/{id}/payments", batchId).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv).contains(PaymentId.of(stays, code, AidWorld.TERM), "500.01").doesNotContain(leaves);
    }

    @Test
    void aBatchBeyondItsBudgetIsStoppedWithAProblemNamingBudgetRemainingAndNeeded() {
        String code = world.programme();
        world.approvedStudent(LINXI, code);
        String second = world.approvedStudent(LINXI, code);
        String batchId = (String) linxi.create(LINXI, code, TERM).get("batchId");
        String budgetId = LINXI + "~" + code + "~" + AidWorld.BUDGET_YEAR;

        Map<String, Object> noBudget = linxi.seal(batchId, 0, key()).expectStatus().isEqualTo(409)
                .expectBody(BatchApi.JSON).returnResult().getResponseBody();
        assertThat((String) noBudget.get("detail")).contains(budgetId);

        Map<String, Object> budget = AidWorld.budget(chifeng, LINXI, code, 50_000, 0);
        Map<String, Object> blockedBatch = linxi.get("/api/subsidies/batches/" + batchId, 200);
        Map<String, Object> problem = linxi.seal(batchId, number(blockedBatch, "version"), key()).expectStatus()
                .isEqualTo(409).expectBody(BatchApi.JSON).returnResult().getResponseBody();
        assertThat((String) problem.get("detail")).contains(budgetId, "500.00 yuan", "1000.02 yuan");
        assertThat(problem.get("status")).isEqualTo(409);

        Map<String, Object> blocked = linxi.get("/api/subsidies/batches/" + batchId, 200);
        assertThat(blocked).containsEntry("state", "DRAFT");
        assertThat(blocked.get("blockedByBudget")).isEqualTo(Map.of("budgetId", budgetId, "neededFen", 100_002,
                "remainingFen", 50_000, "at", ((Map<?, ?>) blocked.get("blockedByBudget")).get("at")));
        assertThat(statuses.programmesBlockedByBudget(LINXI, AidWorld.TERM).block()).contains(code);
        assertThat(statuses.find(List.of(PaymentId.of(second, code, AidWorld.TERM))).block()).isEmpty();
        assertThat(budgetOf(LINXI, code)).containsEntry("committedFen", 0);

        AidWorld.budget(chifeng, LINXI, code, 100_002, number(budget, "version"));
        assertThat(linxi.sealed(batchId, number(blocked, "version"))).containsEntry("state", "SEALED")
                .containsEntry("blockedByBudget", null);
        assertThat(statuses.programmesBlockedByBudget(LINXI, AidWorld.TERM).block()).doesNotContain(code);
    }

    @Test
    void failedPaymentsGoOnTheRetryListAndArePaidOnResubmissionWithNothingLost() {
        String code = world.programme();
        String paid = world.approvedStudent(LINXI, code);
        String failing = world.approvedStudent(LINXI, code);
        AidWorld.budget(chifeng, LINXI, code, 1_000_000, 0);
        String batchId = (String) linxi.create(LINXI, code, TERM).get("batchId");
        linxi.sealed(batchId, 0);
        linxi.release(batchId, key());
        String paidId = PaymentId.of(paid, code, AidWorld.TERM);
        String failingId = PaymentId.of(failing, code, AidWorld.TERM);

        List<Map<String, Object>> bank = List.of(
                Map.of("paymentId", paidId, "outcome", "DISBURSED", "valueDate", "2024-10-08"),
                Map.of("paymentId", failingId, "outcome", "FAILED", "reason", "ACCOUNT_CLOSED"),
                Map.of("paymentId", "p-nobody~" + code + "~" + TERM, "outcome", "FAILED", "reason", "X"));
        Map<String, Object> summary = linxi.results(batchId, bank, key());
        assertThat(summary).containsEntry("disbursed", 1).containsEntry("failed", 1).containsEntry("unchanged", 0)
                .containsEntry("disbursedFen", (int) AUTUMN_FEN);
        assertThat((List<?>) summary.get("rejected")).hasSize(1);
        assertThat(linxi.results(batchId, bank.subList(0, 2), key())).containsEntry("unchanged", 2)
                .containsEntry("disbursed", 0);

        assertThat(retryIds()).contains(failingId).doesNotContain(paidId);
        Map<String, Object> resubmitted = linxi.post("/api/subsidies/payments/" + failingId + "/resubmission", null,
                key(), 200);
        String retryBatch = batchId + "~R1";
        assertThat(resubmitted).containsEntry("state", "RESUBMITTED").containsEntry("batchId", retryBatch);
        assertThat(retryIds()).doesNotContain(failingId);
        assertThat(linxi.release(retryBatch, key())).containsEntry("state", "RELEASED").containsEntry("payments", 1);
        linxi.results(retryBatch, List.of(Map.of("paymentId", failingId, "outcome", "DISBURSED", "valueDate",
                "2024-11-02")), key());
        Map<String, Object> nowPaid = linxi.payment(failingId);
        assertThat(nowPaid).containsEntry("state", "DISBURSED").containsEntry("netFen", (int) AUTUMN_FEN);
        assertThat((List<?>) nowPaid.get("entries")).hasSize(6);
        assertThat(budgetOf(LINXI, code)).containsEntry("disbursedFen", (int) (2 * AUTUMN_FEN));

        // money paid comes back: on the retry list again; a recovery is a negative entry
        assertThat(linxi.post("/api/subsidies/payments/" + failingId + "/return",
                Map.of("reason", "ACCOUNT_CLOSED_AFTER_PAYMENT"), key(), 200)).containsEntry("state", "RETURNED");
        assertThat(retryIds()).contains(failingId);
        String recoveryKey = key();
        Map<String, Object> recovery = Map.of("amountFen", 20_000, "reason", "DOUBLE_ENROLMENT");
        Map<String, Object> recovered = linxi.post("/api/subsidies/payments/" + paidId + "/recovery", recovery,
                recoveryKey, 200);
        assertThat(linxi.post("/api/subsidies/payments/" + paidId + "/recovery", recovery, recoveryKey, 200))
                .isEqualTo(recovered);
        assertThat(recovered).containsEntry("state", "RECOVERED").containsEntry("netFen", (int) (AUTUMN_FEN - 20_000));
        linxi.post("/api/subsidies/payments/" + paidId + "/recovery", Map.of("amountFen", AUTUMN_FEN,
                "reason", "TOO_MUCH"), key(), 409);

        Map<String, Object> ledger = ledger(LINXI, code, 0, 100);
        assertThat(ledger).containsEntry("total", 2).containsEntry("netFen", (int) (2 * AUTUMN_FEN - 20_000));
        assertThat((List<Map<String, Object>>) ledger.get("entries")).anySatisfy(entry -> assertThat(entry)
                .containsEntry("type", "RECOVERED").containsEntry("amountFen", -20_000)
                .containsEntry("maskedName", "王*"));
        assertThat(budgetOf(LINXI, code)).containsEntry("disbursedFen", (int) (AUTUMN_FEN - 20_000));
    }

    @Test
    void batchesAreForTheirCountyAndMoneyMovesOnlyWithAnIdempotencyKey() {
        String code = world.programme();
        world.approvedStudent(LINXI, code);
        String batchId = (String) linxi.create(LINXI, code, TERM).get("batchId");

        keshiketeng.get("/api/subsidies/batches/" + batchId, 404);
        new BatchApi(TestCallers.auditor("15").signIn(anonymous)).seal(batchId, 0, key()).expectStatus().isForbidden();
        new BatchApi(TestCallers.auditor("15").signIn(anonymous)).get("/api/subsidies/batches/" + batchId, 200);
        linxiWeb.post().uri("/api/subsidies/batches/{id}/seal", batchId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("expectedVersion", 0)).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("Idempotency-Key");
        linxi.get("/api/subsidies/batches/150424~X~2024", 400);
        chifeng.put().uri("/api/subsidies/budgets/{c}/{p}/{y}", LINXI, code, AidWorld.BUDGET_YEAR)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("allocatedFen", 100, "centralFen", 50, "provincialFen", 10, "countyFen", 10))
                .exchange().expectStatus().isBadRequest();
        linxiWeb.put().uri("/api/subsidies/budgets/{c}/{p}/{y}", LINXI, code, AidWorld.BUDGET_YEAR)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("allocatedFen", 100, "centralFen", 80, "provincialFen", 10, "countyFen", 10))
                .exchange().expectStatus().isForbidden();
    }

    private List<String> retryIds() {
        Map<String, Object> list = linxi.get("/api/subsidies/payments/retries?countyCode=" + LINXI, 200);
        return ((List<Map<String, Object>>) list.get("payments")).stream().map(p -> (String) p.get("paymentId")).toList();
    }

    private Map<String, Object> ledger(String county, String code, int page, int size) {
        return linxi.get("/api/subsidies/ledger?countyCode=" + county + "&programmeCode=" + code + "&term=" + TERM
                + "&page=" + page + "&size=" + size, 200);
    }

    private Map<String, Object> budgetOf(String county, String code) {
        Map<String, Object> list = linxi.get("/api/subsidies/budgets?regionCode=" + county + "&year="
                + AidWorld.BUDGET_YEAR, 200);
        return ((List<Map<String, Object>>) list.get("budgets")).stream()
                .filter(b -> (county + "~" + code + "~" + AidWorld.BUDGET_YEAR).equals(b.get("budgetId")))
                .findFirst().orElseThrow();
    }
}
