package org.eduaid.enrollment.dropout.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eduaid.contracts.Topics;
import org.eduaid.testkit.KafkaTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Small helpers for calling the case API from tests as one signed-in caller. */
final class CaseApi {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final KafkaTestClient kafka = KafkaTestClient.shared();

    private CaseApi() {
    }

    static Map<String, Object> post(WebTestClient web, String uri, String body, int status) {
        return web.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isEqualTo(status)
                .expectBody(JSON).returnResult().getResponseBody();
    }

    static Map<String, Object> get(WebTestClient web, String uri, int status) {
        return web.get().uri(uri).exchange().expectStatus().isEqualTo(status)
                .expectBody(JSON).returnResult().getResponseBody();
    }

    static long version(Map<String, Object> body) {
        return ((Number) body.get("version")).longValue();
    }

    static String id(Map<String, Object> body) {
        return (String) body.get("caseId");
    }

    static List<ConsumerRecord<String, byte[]>> eventsOf(String caseId) {
        return kafka.readAll(Topics.ENROLLMENT_DROPOUT_CASES, Duration.ofSeconds(3)).stream()
                .filter(record -> caseId.equals(record.key())).toList();
    }
}
