package org.eduaid.subsidy.disbursement.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Calls of the batch and payment API as one signed-in caller. */
final class BatchApi {

    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private final WebTestClient web;

    BatchApi(WebTestClient web) {
        this.web = web;
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    Map<String, Object> create(String countyCode, String programmeCode, String term) {
        return web.post().uri("/api/subsidies/batches").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("countyCode", countyCode, "programmeCode", programmeCode, "term", term))
                .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
    }

    Map<String, Object> get(String uri, int status) {
        return web.get().uri(uri).exchange().expectStatus().isEqualTo(status).expectBody(JSON).returnResult()
                .getResponseBody();
    }

    Map<String, Object> preview(String batchId) {
        return get("/api/subsidies/batches/" + batchId + "/preview", 200);
    }

    WebTestClient.ResponseSpec seal(String batchId, long expectedVersion, String key) {
        return web.post().uri("/api/subsidies/batches/{id}/seal", batchId).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("expectedVersion", expectedVersion)).exchange();
    }

    Map<String, Object> sealed(String batchId, long expectedVersion) {
        return seal(batchId, expectedVersion, key()).expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
    }

    Map<String, Object> release(String batchId, String key) {
        return web.post().uri("/api/subsidies/batches/{id}/release", batchId).header("Idempotency-Key", key).exchange()
                .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
    }

    Map<String, Object> results(String batchId, List<Map<String, Object>> lines, String key) {
        return web.post().uri("/api/subsidies/batches/{id}/results", batchId).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(lines).exchange()
                .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
    }

    Map<String, Object> post(String uri, Object body, String key, int status) {
        WebTestClient.RequestBodySpec request = web.post().uri(uri).header("Idempotency-Key", key);
        WebTestClient.RequestHeadersSpec<?> ready = body == null ? request
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
        return ready.exchange().expectStatus().isEqualTo(status).expectBody(JSON).returnResult().getResponseBody();
    }

    Map<String, Object> payment(String paymentId) {
        return get("/api/subsidies/payments/" + paymentId, 200);
    }

    static long number(Map<String, Object> body, String field) {
        return ((Number) body.get(field)).longValue();
    }
}
