package org.eduaid.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Asks a Spring Boot app's {@code /actuator/health} whether the app as a whole is UP. */
final class HealthProbe {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    private final ObjectMapper json = new ObjectMapper();

    /** False while the app does not listen yet, answers an error, or reports anything but UP. */
    boolean isUp(URI healthUrl) {
        HttpRequest request = HttpRequest.newBuilder(healthUrl).timeout(REQUEST_TIMEOUT).GET().build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && "UP".equals(topLevelStatus(response.body()));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The status of the app as a whole. Components nested in the answer carry a status of their
     * own, so a text search for {@code "UP"} could be fooled by a healthy disk next to a dead broker.
     */
    String topLevelStatus(String body) {
        try {
            return json.readTree(body).path("status").asText("");
        } catch (JacksonException e) {
            return "";
        }
    }
}
