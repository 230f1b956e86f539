package org.eduaid.enrollment.importing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Uploads files to the import API and waits for them to finish, as a signed-in caller. */
public final class ImportClient {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private final WebTestClient web;

    public ImportClient(WebTestClient signedIn) {
        this.web = signedIn;
    }

    /** Uploads and returns the import id (202 expected). */
    public String upload(String pathAndQuery, String contentType, byte[] body) {
        Map<String, Object> accepted = web.post().uri(pathAndQuery).contentType(MediaType.parseMediaType(contentType))
                .bodyValue(body).exchange()
                .expectStatus().isAccepted()
                .expectHeader().valueMatches("Location", "/api/enrollment/imports/imp-[0-9a-f]{24}")
                .expectBody(JSON).returnResult().getResponseBody();
        return (String) accepted.get("importId");
    }

    public Map<String, Object> status(String id) {
        return web.get().uri("/api/enrollment/imports/{id}", id).exchange().expectStatus().isOk()
                .expectBody(JSON).returnResult().getResponseBody();
    }

    /** The import once COMPLETED or FAILED. */
    public Map<String, Object> finished(String id) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> status(id), job -> "COMPLETED".equals(job.get("status")) || "FAILED".equals(job.get("status")));
    }

    public String errorReport(String id) {
        byte[] body = web.get().uri("/api/enrollment/imports/{id}/errors", id).exchange().expectStatus().isOk()
                .expectHeader().valueMatches("Content-Disposition", "attachment; filename=\"import-errors_\\d{6}_\\d{4}-\\d{2}-\\d{2}\\.csv\".*")
                .expectHeader().valueMatches("Cache-Control", ".*no-store.*")
                .expectBody().returnResult().getResponseBody();
        return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }

    public static long count(Map<String, Object> job, String name) {
        return ((Number) job.get(name)).longValue();
    }
}
