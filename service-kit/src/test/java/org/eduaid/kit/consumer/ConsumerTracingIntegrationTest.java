package org.eduaid.kit.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.eduaid.contracts.Topics;
import org.eduaid.contracts.enrollment.SchoolRegistered;
import org.eduaid.kit.KitTestApplication;
import org.eduaid.testkit.CloudEventRecord;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.KafkaTestClient;
import org.junit.jupiter.api.Test;

/** A handler runs inside the trace of the request that caused its event, read from the record's traceparent. */
@EduAidServiceTest
class ConsumerTracingIntegrationTest {

    @Test
    void eachRecordIsHandledInTheTraceItsProducerStarted() {
        String traced = "traced-" + UUID.randomUUID();
        String untraced = "untraced-" + UUID.randomUUID();
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        KafkaTestClient kafka = KafkaTestClient.shared();
        kafka.send(registered(traced).header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .toRecord(Topics.ENROLLMENT_SCHOOLS, 0));
        kafka.send(registered(untraced).toRecord(Topics.ENROLLMENT_SCHOOLS, 0));

        await().atMost(Duration.ofSeconds(30)).until(() -> KitTestApplication.HANDLED_IN_TRACE.containsKey(untraced));
        assertThat(KitTestApplication.HANDLED_IN_TRACE.get(traced)).isEqualTo(traceId);
        assertThat(KitTestApplication.HANDLED_IN_TRACE.get(untraced)).isNotEqualTo(traceId);
    }

    private static CloudEventRecord registered(String code) {
        return CloudEventRecord.of(SchoolRegistered.class, code, 1, """
                {"schoolCode":"%s","name":"x","countyCode":"150424","kind":"PRIMARY","locality":"RURAL","boarding":false,
                 "registeredAt":"2026-09-01T00:00:00Z"}""".formatted(code));
    }
}
