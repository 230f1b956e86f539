package org.eduaid.subsidy.disbursement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eduaid.subsidy.disbursement.AidMother.LINXI;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.subsidy.disbursement.AidWorld;
import org.eduaid.subsidy.testsupport.AidWorldSetup;
import org.eduaid.subsidy.disbursement.application.BatchRepository;
import org.eduaid.subsidy.disbursement.application.PaymentId;
import org.eduaid.subsidy.disbursement.application.PaymentRepository;
import org.eduaid.subsidy.disbursement.application.VersionedBatch;
import org.eduaid.subsidy.disbursement.domain.Amount;
import org.eduaid.subsidy.disbursement.domain.Payment;
import org.eduaid.subsidy.disbursement.domain.PaymentFacts;
import org.eduaid.subsidy.disbursement.domain.Stamp;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.security.TestCallers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A seal that died half-way (batch SEALING, some payments written) is finished by sealing again. */
@EduAidServiceTest
class SealResumeIntegrationTest {

    @Autowired
    AidWorldSetup setup;

    private static final TraceContext NO_TRACE = new TraceContext("test-correlation", null);

    @Autowired
    WebTestClient anonymous;
    @Autowired
    BatchRepository batches;
    @Autowired
    PaymentRepository payments;

    @Test
    void aSealInterruptedAfterSomePaymentsWereWrittenResumesAndWritesEachOnce() {
        AidWorld world = new AidWorld(setup);
        BatchApi linxi = new BatchApi(TestCallers.countyOfficer(LINXI).signIn(anonymous));
        String code = world.programme();
        List<String> studentIds = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            studentIds.add(world.approvedStudent(LINXI, code));
        }
        AidWorld.budget(TestCallers.cityOfficer("1504").signIn(anonymous), LINXI, code, 25 * 50_001L, 0);
        String batchId = (String) linxi.create(LINXI, code, AidWorld.TERM.id()).get("batchId");

        // the crash: the batch was claimed and ten payments written, then nothing more
        VersionedBatch draft = batches.find(batchId).block();
        batches.update(ResultWithEvents.of(draft.batch().startSealing()), draft.version(), NO_TRACE).block();
        List<ResultWithEvents<Payment>> firstTen = studentIds.subList(0, 10).stream()
                .map(id -> Payment.approve(new PaymentFacts(id, code, "GRANT", AidWorld.TERM.id(), LINXI, "1504240001",
                        "PRIMARY", "RURAL", List.of("REGISTERED_POOR"), new Amount(50_001, 40_000, 5_000, 5_001)),
                        batchId, "王*", new Stamp("crashed-officer", Instant.now())))
                .toList();
        assertThat(payments.insertAll(firstTen, NO_TRACE).block()).isEmpty();

        Map<String, Object> sealed = linxi.sealed(batchId, 0);
        assertThat(sealed).containsEntry("state", "SEALED").containsEntry("payments", 25).containsEntry("held", 0)
                .containsEntry("totalFen", (int) (25 * 50_001L));
        Map<String, Object> resumedEarlier = linxi.payment(PaymentId.of(studentIds.get(0), code, AidWorld.TERM));
        assertThat((List<?>) resumedEarlier.get("entries")).hasSize(1);
        assertThat(linxi.get("/api/subsidies/ledger?countyCode=" + LINXI + "&programmeCode=" + code + "&term="
                + AidWorld.TERM.id() + "&size=100", 200)).containsEntry("total", 25)
                .containsEntry("netFen", (int) (25 * 50_001L));
    }
}
