package org.eduaid.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the benchmarks' clients of a service's HTTP API share: one HTTP/1.1 client, JSON, the id an
 * answer names, and answers abbreviated for a failure's message.
 */
public final class BenchmarkHttp {

    private static final int ABBREVIATED_LENGTH = 500;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    public HttpClient client() {
        return client;
    }

    public JsonMapper json() {
        return json;
    }

    /** Sends the request; an I/O failure is a {@link BenchmarkFailure} saying "{@code what} failed". */
    public HttpResponse<String> send(HttpRequest request, String what) throws InterruptedException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new BenchmarkFailure(what + " failed: " + e, e);
        }
    }

    /**
     * The id an answer names: the first of {@code fields} of its JSON body that holds a value, or else
     * the last segment of its {@code Location}; empty when neither does.
     */
    public Optional<String> idOf(String body, String location, List<String> fields) {
        if (body != null && !body.isBlank()) {
            try {
                JsonNode answer = json.readTree(body);
                for (String field : fields) {
                    JsonNode id = answer.path(field);
                    if (id.isValueNode() && !id.asString("").isBlank()) {
                        return Optional.of(id.asString(""));
                    }
                }
            } catch (RuntimeException e) {
                // not JSON: the Location may still say
            }
        }
        if (location != null && !location.isBlank()) {
            String path = URI.create(location).getPath();
            String id = path.substring(path.lastIndexOf('/') + 1);
            if (!id.isBlank()) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** A body for a failure's message: its first 500 characters, or "(no body)". */
    public static String abbreviate(String text) {
        if (text == null || text.isBlank()) {
            return "(no body)";
        }
        return text.length() <= ABBREVIATED_LENGTH ? text : text.substring(0, ABBREVIATED_LENGTH) + "...";
    }
}
