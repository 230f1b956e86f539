package org.eduaid.benchmarks.importing;

import static org.eduaid.benchmarks.BenchmarkHttp.abbreviate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Supplier;

import org.eduaid.benchmarks.BenchmarkFailure;
import org.eduaid.benchmarks.BenchmarkHttp;
import org.eduaid.benchmarks.RenewedToken;
import org.eduaid.testkit.security.TestCallers;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's HTTP API as the benchmark uses it, with {@code java.net.http}: registering schools,
 * uploading the file (streamed from disk, never read into memory), polling the import, and reading
 * the service's own metrics from the actuator (which only a platform administrator may read).
 */
final class ImportApi {

    static final String CSV = "text/csv; charset=UTF-8";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** The upload of a large file on a busy machine: generous, but not unbounded. */
    private static final Duration UPLOAD_TIMEOUT = Duration.ofMinutes(30);

    private final URI baseUrl;
    private final String countyCode;
    private final BenchmarkHttp http = new BenchmarkHttp();
    private final JsonMapper json = http.json();
    private final Supplier<String> officer;
    private final Supplier<String> admin;

    ImportApi(URI baseUrl, String countyCode) {
        this.baseUrl = baseUrl;
        this.countyCode = countyCode;
        this.officer = new RenewedToken(() -> TestCallers.countyOfficer(countyCode).subject("benchmark-county-officer")
                .encode());
        this.admin = new RenewedToken(() -> TestCallers.platformAdmin().subject("benchmark-platform-admin").encode());
    }

    /** Registers a school as the county officer; one already there (409) is fine. */
    void registerSchool(Map<String, Object> body) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve("/api/enrollment/schools"))
                .timeout(REQUEST_TIMEOUT).header("Authorization", "Bearer " + officer.get())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 201 && response.statusCode() != 200 && response.statusCode() != 409) {
            throw new BenchmarkFailure("registering school " + body.get("schoolCode") + " was answered "
                    + response.statusCode() + ": " + abbreviate(response.body()));
        }
    }

    /**
     * Uploads the file as the body of the import request and returns the import's id, from the
     * answer's {@code id} (or {@code importId}) or else the last segment of its {@code Location}.
     */
    String upload(ImportKind kind, Path file) throws InterruptedException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(baseUrl.resolve(kind.path() + "?countyCode=" + countyCode))
                    .timeout(UPLOAD_TIMEOUT).header("Authorization", "Bearer " + officer.get())
                    .header("Content-Type", CSV)
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        } catch (IOException e) {
            throw new UncheckedIOException("the generated file is gone", e);
        }
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 202) {
            throw new BenchmarkFailure("the upload to " + kind.path() + " was answered " + response.statusCode()
                    + " (expected 202): " + abbreviate(response.body()));
        }
        return importId(response.body(), response.headers().firstValue("Location").orElse(null));
    }

    /** The id the answer to an upload names, from its body or its {@code Location}. */
    String importId(String body, String location) {
        return http.idOf(body, location, List.of("id", "importId")).orElseThrow(() -> new BenchmarkFailure(
                "the answer to the upload names no import id (no id or importId field, no Location): "
                        + abbreviate(body)));
    }

    ImportStatus status(String importId) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve("/api/enrollment/imports/" + importId))
                .timeout(REQUEST_TIMEOUT).header("Authorization", "Bearer " + officer.get())
                .header("Accept", "application/json").GET().build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new BenchmarkFailure("GET /api/enrollment/imports/" + importId + " was answered "
                    + response.statusCode() + ": " + abbreviate(response.body()));
        }
        return ImportStatus.from(json.readTree(response.body()));
    }

    /**
     * One statistic of one of the service's metrics ({@code /actuator/metrics/{name}?tag=...}), or
     * empty when the actuator does not answer (a busy service is not a failed run).
     */
    OptionalDouble metric(String name, String tag, String statistic) throws InterruptedException {
        String query = tag == null ? "" : "?tag=" + tag;
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve("/actuator/metrics/" + name + query))
                .timeout(Duration.ofSeconds(2)).header("Authorization", "Bearer " + admin.get()).GET().build();
        try {
            HttpResponse<String> response = http.client().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return OptionalDouble.empty();
            }
            return statistic(json.readTree(response.body()), statistic);
        } catch (IOException | RuntimeException e) {
            return OptionalDouble.empty();
        }
    }

    /** The named statistic of a metric's answer: {@code {"measurements":[{"statistic":"VALUE","value":1.0}]}}. */
    static OptionalDouble statistic(JsonNode metric, String statistic) {
        for (JsonNode measurement : metric.path("measurements")) {
            if (statistic.equals(measurement.path("statistic").asString("")) && measurement.path("value").isNumber()) {
                return OptionalDouble.of(measurement.path("value").doubleValue());
            }
        }
        return OptionalDouble.empty();
    }

    private HttpResponse<String> send(HttpRequest request) throws InterruptedException {
        return http.send(request, request.method() + " " + request.uri().getPath());
    }
}
